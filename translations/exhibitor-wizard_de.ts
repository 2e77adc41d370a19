<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicWriteJob</name>
    <message>
        <source>%1 on %2 was replaced, but reading it back gave checksum %3 instead of %4. Check the disk and the file before going on.</source>
        <translation>%1 auf %2 wurde ersetzt, aber das Zurücklesen ergab die Prüfsumme %3 statt %4. Prüfen Sie Festplatte und Datei, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>it does not exist or is not a regular file</source>
        <translation>sie existiert nicht oder ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>writing the temporary file beside it failed (disk full? read-only?)</source>
        <translation>das Schreiben der temporären Datei daneben ist fehlgeschlagen (Festplatte voll? schreibgeschützt?)</translation>
    </message>
    <message>
        <source>giving the temporary file the old owner failed (does this need sudo?)</source>
        <translation>der temporären Datei den bisherigen Eigentümer zu geben, ist fehlgeschlagen (braucht das sudo?)</translation>
    </message>
    <message>
        <source>giving the temporary file the old mode failed</source>
        <translation>der temporären Datei die bisherigen Zugriffsrechte zu geben, ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>giving the temporary file the old SELinux label failed</source>
        <translation>der temporären Datei das bisherige SELinux-Label zu geben, ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>renaming the temporary file over it failed (immutable file?)</source>
        <translation>die temporäre Datei darüber umzubenennen, ist fehlgeschlagen (unveränderliche Datei?)</translation>
    </message>
    <message>
        <source>the file was replaced, but reading it back failed</source>
        <translation>die Datei wurde ersetzt, aber das Zurücklesen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the remote command ended with status %1</source>
        <translation>der entfernte Befehl endete mit Status %1</translation>
    </message>
    <message>
        <source>the remote command was killed (%1)</source>
        <translation>der entfernte Befehl wurde gewaltsam beendet (%1)</translation>
    </message>
    <message>
        <source> The file is unchanged.</source>
        <translation> Die Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Could not write %1 on %2: %3.%4 %5</source>
        <translation>%1 auf %2 konnte nicht geschrieben werden: %3.%4 %5</translation>
    </message>
    <message>
        <source> The file has either its old or its new content, never a mix: read it back to see which.</source>
        <translation> Die Datei hat entweder ihren alten oder ihren neuen Inhalt, nie eine Mischung: Lesen Sie sie aus, um festzustellen, welchen.</translation>
    </message>
    <message>
        <source>the temporary file did not receive the whole content (connection dropped?), so it was removed instead of renamed</source>
        <translation>die temporäre Datei hat nicht den ganzen Inhalt erhalten (Verbindung abgebrochen?); sie wurde daher entfernt statt umbenannt</translation>
    </message>
</context>
<context>
    <name>AzureSpecReader</name>
    <message>
        <source>config.yaml does not say where the Azure backend keeps Exhibitor&apos;s shared config: %1 missing</source>
        <translation>config.yaml gibt nicht an, wo das Azure-Backend die gemeinsame Konfiguration von Exhibitor ablegt: %1 fehlt</translation>
    </message>
    <message>
        <source>the Azure blob endpoint %1 (%2) is not an http(s) URL</source>
        <translation>der Azure-Blob-Endpunkt %1 (%2) ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>exhibitor_azure_account_key is not a storage account key (base64 text). Copy the key of storage account %1 into config.yaml.</source>
        <translation>exhibitor_azure_account_key ist kein Speicherkontoschlüssel (base64-Text). Kopieren Sie den Schlüssel des Speicherkontos %1 in config.yaml.</translation>
    </message>
    <message>
        <source>the Azure blob %1</source>
        <translation>der Azure-Blob %1</translation>
    </message>
    <message>
        <source>the Azure blob %1 (%2)</source>
        <translation>der Azure-Blob %1 (%2)</translation>
    </message>
    <message>
        <source>Azure storage account %1 refused the request for container %2 (403 AuthenticationFailed): exhibitor_azure_account_key is not a key of this account, or this workstation&apos;s clock is more than 15 minutes off. Correct the key in config.yaml.</source>
        <translation>Das Azure-Speicherkonto %1 hat die Anfrage für Container %2 abgelehnt (403 AuthenticationFailed): exhibitor_azure_account_key ist kein Schlüssel dieses Kontos, oder die Uhr dieser Arbeitsstation geht mehr als 15 Minuten falsch. Korrigieren Sie den Schlüssel in config.yaml.</translation>
    </message>
    <message>
        <source>Azure storage account %1 refused to read container %2 (403 %3): exhibitor_azure_account_key is not a key of this account, or the account&apos;s network rules (firewall) refuse this workstation. Check the key in config.yaml and the account&apos;s networking.</source>
        <translation>Das Azure-Speicherkonto %1 hat das Lesen von Container %2 abgelehnt (403 %3): exhibitor_azure_account_key ist kein Schlüssel dieses Kontos, oder die Netzwerkregeln (Firewall) des Kontos weisen diese Arbeitsstation ab. Prüfen Sie den Schlüssel in config.yaml und die Netzwerkeinstellungen des Kontos.</translation>
    </message>
    <message>
        <source>Azure storage account %1 has no container %2 (404 ContainerNotFound): Exhibitor creates it at its first start. Check exhibitor_azure_account_name in config.yaml.</source>
        <translation>Das Azure-Speicherkonto %1 hat keinen Container %2 (404 ContainerNotFound): Exhibitor legt ihn bei seinem ersten Start an. Prüfen Sie exhibitor_azure_account_name in config.yaml.</translation>
    </message>
    <message>
        <source>Azure container %1 of account %2 has no blob %3 (404 %4): Exhibitor writes it at its first start. Check exhibitor_azure_prefix in config.yaml.</source>
        <translation>Der Azure-Container %1 des Kontos %2 hat keinen Blob %3 (404 %4): Exhibitor schreibt ihn bei seinem ersten Start. Prüfen Sie exhibitor_azure_prefix in config.yaml.</translation>
    </message>
    <message>
        <source>Azure answered HTTP %1 %2 for %3</source>
        <translation>Azure antwortete HTTP %1 %2 für %3</translation>
    </message>
    <message>
        <source>cannot reach Azure storage account %1 at %2 for container %3: %4. Check the account name and that this workstation reaches it (proxy, firewall%5).</source>
        <translation>Das Azure-Speicherkonto %1 ist unter %2 für Container %3 nicht erreichbar: %4. Prüfen Sie den Kontonamen und ob diese Arbeitsstation es erreicht (Proxy, Firewall%5).</translation>
    </message>
</context>
<context>
    <name>BackendSpecReader</name>
    <message>
        <source>no answer from the backend ensemble %1 through %2&apos;s SSH connection within %3 s</source>
        <translation>keine Antwort vom Backend-Ensemble %1 über die SSH-Verbindung von %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in exhibitor_zk_hosts is not host:port</source>
        <translation>„%1“ in exhibitor_zk_hosts hat nicht die Form host:port</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts names no server</source>
        <translation>exhibitor_zk_hosts nennt keinen Server</translation>
    </message>
    <message>
        <source>no master is connected to reach the backend ensemble through</source>
        <translation>kein Master ist verbunden, über den das Backend-Ensemble erreichbar wäre</translation>
    </message>
    <message>
        <source>backend: reading %1 from %2 through this master&apos;s SSH connection</source>
        <translation>Backend: lese %1 von %2 über die SSH-Verbindung dieses Masters</translation>
    </message>
    <message>
        <source>could not forward to any server of the backend ensemble %1: %2</source>
        <translation>keine Weiterleitung zu einem Server des Backend-Ensembles %1 möglich: %2</translation>
    </message>
    <message>
        <source>cannot read the shared config: %1</source>
        <translation>die gemeinsame Konfiguration kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 enthält kein %2</translation>
    </message>
    <message>
        <source>the backend ensemble %1 refused authentication</source>
        <translation>das Backend-Ensemble %1 hat die Authentifizierung abgelehnt</translation>
    </message>
    <message>
        <source>cannot start the ZooKeeper client: %1</source>
        <translation>der ZooKeeper-Client kann nicht gestartet werden: %1</translation>
    </message>
</context>
<context>
    <name>BackendSpecSource</name>
    <message>
        <source>the ZooKeeper backend ensemble is not known (exhibitor_zk_hosts)</source>
        <translation>das ZooKeeper-Backend-Ensemble ist nicht bekannt (exhibitor_zk_hosts)</translation>
    </message>
    <message>
        <source>the masters read S3 with their instance role (exhibitor_explicit_keys is false); this workstation has no keys for it: give aws_access_key_id/aws_secret_access_key of an IAM user that may read %1, or rely on the other ID sources</source>
        <translation>die Master lesen S3 mit ihrer Instanzrolle (exhibitor_explicit_keys ist false); diese Arbeitsstation hat keine Schlüssel dafür: Geben Sie aws_access_key_id/aws_secret_access_key eines IAM-Benutzers an, der %1 lesen darf, oder verlassen Sie sich auf die anderen ID-Quellen</translation>
    </message>
    <message>
        <source>no AWS keys to read %1: neither config.yaml (aws_access_key_id, aws_secret_access_key) nor the master&apos;s %2 has them</source>
        <translation>keine AWS-Schlüssel zum Lesen von %1: weder config.yaml (aws_access_key_id, aws_secret_access_key) noch %2 des Masters enthält sie</translation>
    </message>
    <message>
        <source>no Azure storage account key to read blob %1 of container %2: neither config.yaml (exhibitor_azure_account_name, exhibitor_azure_account_key) nor the master&apos;s %3 has it</source>
        <translation>kein Azure-Speicherkontoschlüssel zum Lesen von Blob %1 in Container %2: weder config.yaml (exhibitor_azure_account_name, exhibitor_azure_account_key) noch %3 des Masters enthält ihn</translation>
    </message>
    <message>
        <source>the backend holding Exhibitor&apos;s shared config is not known (exhibitor_storage_backend)</source>
        <translation>das Backend mit der gemeinsamen Konfiguration von Exhibitor ist nicht bekannt (exhibitor_storage_backend)</translation>
    </message>
    <message>
        <source>the %1 backend keeps no shared config to read</source>
        <translation>das Backend %1 hält keine gemeinsame Konfiguration, die gelesen werden könnte</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>backed up to %1</source>
        <translation>gesichert nach %1</translation>
    </message>
    <message>
        <source>already backed up (%1 has the same content)</source>
        <translation>bereits gesichert (%1 hat denselben Inhalt)</translation>
    </message>
    <message>
        <source>%1 on %2 already exists and differs from %3: it is probably the backup of an earlier run, holding the original configuration. It was left as it is. Compare the two files and move the old backup away before going on.</source>
        <translation>%1 auf %2 existiert bereits und unterscheidet sich von %3: Vermutlich ist es die Sicherung eines früheren Laufs mit der ursprünglichen Konfiguration. Die Datei wurde nicht verändert. Vergleichen Sie die beiden Dateien und verschieben Sie die alte Sicherung, bevor Sie fortfahren.</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 on %3 (status %4): %5</source>
        <translation>%1 konnte auf %3 nicht nach %2 gesichert werden (Status %4): %5</translation>
    </message>
    <message>
        <source>The backup %1 on %2 does not have the checksum of %3.</source>
        <translation>Die Sicherung %1 auf %2 hat nicht die Prüfsumme von %3.</translation>
    </message>
</context>
<context>
    <name>BackupOperation</name>
    <message>
        <source>Back up the env file on every master</source>
        <translation>Env-Datei auf jedem Master sichern</translation>
    </message>
    <message>
        <source>Copy %1 to %2 (cp -p) on every master and verify the copy&apos;s checksum. An existing backup with other content is never overwritten.</source>
        <translation>Auf jedem Master %1 nach %2 kopieren (cp -p) und die Prüfsumme der Kopie prüfen. Eine vorhandene Sicherung mit anderem Inhalt wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Nothing to undo: the backup is what rollback restores from. It stays on the masters.</source>
        <translation>Nichts rückgängig zu machen: Aus der Sicherung stellt das Rollback wieder her. Sie bleibt auf den Mastern.</translation>
    </message>
    <message>
        <source>the backup&apos;s sha256 %1 differs from the env file&apos;s %2</source>
        <translation>sha256 der Sicherung %1 weicht von dem der Env-Datei %2 ab</translation>
    </message>
    <message>
        <source>exhibitor.orig verified</source>
        <translation>exhibitor.orig geprüft</translation>
    </message>
    <message>
        <source>Backup on %1 failed: %2</source>
        <translation>Sicherung auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>sha256 %1 equals the env file&apos;s</source>
        <translation>sha256 %1 gleicht dem der Env-Datei</translation>
    </message>
    <message>
        <source>exhibitor.orig is on every master, verified.</source>
        <translation>exhibitor.orig liegt geprüft auf jedem Master.</translation>
    </message>
</context>
<context>
    <name>ChannelCommand</name>
    <message numerus="yes">
        <source> (%n byte(s) on stdin)</source>
        <translation>
            <numerusform> (%n Byte auf stdin)</numerusform>
            <numerusform> (%n Bytes auf stdin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open a command channel on %1: %2</source>
        <translation>Auf %1 konnte kein Befehlskanal geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 hat die Ausführung eines Befehls verweigert: %2</translation>
    </message>
    <message numerus="yes">
        <source>The command &quot;%1&quot; on %2 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>Der Befehl „%1“ auf %2 war nicht innerhalb von %n Sekunde fertig und wurde abgebrochen.</numerusform>
            <numerusform>Der Befehl „%1“ auf %2 war nicht innerhalb von %n Sekunden fertig und wurde abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost the connection to %1 while running &quot;%2&quot;: %3</source>
        <translation>Die Verbindung zu %1 ging während „%2“ verloren: %3</translation>
    </message>
    <message>
        <source>Could not send input to &quot;%1&quot; on %2: %3</source>
        <translation>Die Eingabe für „%1“ auf %2 konnte nicht gesendet werden: %3</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the sudo password. Enter the password of the login user again.</source>
        <translation>sudo auf %1 hat das sudo-Passwort nicht akzeptiert. Geben Sie das Passwort des Anmeldebenutzers erneut ein.</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for &quot;%2&quot;. Choose &quot;sudo with password&quot; and enter it.</source>
        <translation>sudo auf %1 braucht ein Passwort für „%2“. Wählen Sie „sudo mit Passwort“ und geben Sie es ein.</translation>
    </message>
    <message>
        <source>sudo on %1 asks for a password, but none was entered.</source>
        <translation>sudo auf %1 fragt nach einem Passwort, es wurde aber keines eingegeben.</translation>
    </message>
    <message>
        <source>sudo on %1 refused to run &quot;%2&quot;: %3. The login user needs a sudoers rule that allows it.</source>
        <translation>sudo auf %1 hat die Ausführung von „%2“ verweigert: %3. Der Anmeldebenutzer braucht eine sudoers-Regel, die das erlaubt.</translation>
    </message>
    <message>
        <source>sudo on %1 did not run &quot;%2&quot; (exit status %3): %4</source>
        <translation>sudo auf %1 hat „%2“ nicht ausgeführt (Exit-Status %3): %4</translation>
    </message>
    <message>
        <source>sudo on %1 asks something that is not the sudo password, and it was not answered: &quot;%2&quot;. Log in to the master once by hand to deal with it (e.g. change an expired password), or use a login user whose sudo asks only for its password.</source>
        <translation>sudo auf %1 fragt etwas, das nicht das sudo-Passwort ist, und es wurde nicht beantwortet: „%2“. Melden Sie sich einmal von Hand am Master an, um das zu erledigen (z. B. ein abgelaufenes Passwort ändern), oder verwenden Sie einen Anmeldebenutzer, dessen sudo nur nach seinem Passwort fragt.</translation>
    </message>
    <message>
        <source>sudo on %1 refused to run &quot;%2&quot;: %3. The master&apos;s sudoers has &quot;Defaults requiretty&quot;; add &quot;Defaults:&lt;login user&gt; !requiretty&quot; there (visudo), or use a login user without it.</source>
        <translation>sudo auf %1 hat sich geweigert, „%2“ auszuführen: %3. Die sudoers des Masters enthalten „Defaults requiretty“; fügen Sie dort „Defaults:&lt;login user&gt; !requiretty“ hinzu (visudo) oder verwenden Sie einen Anmeldebenutzer ohne diese Einstellung.</translation>
    </message>
</context>
<context>
    <name>ChannelExchange</name>
    <message>
        <source>%1 could not connect to %2:%3: %4</source>
        <translation>%1 konnte keine Verbindung zu %2:%3 herstellen: %4</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 (seen from %3) did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1:%2 (von %3 aus gesehen) antwortete nicht innerhalb von %n Sekunde.</numerusform>
            <numerusform>%1:%2 (von %3 aus gesehen) antwortete nicht innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>Die Verbindung zu %1 ging verloren: %2</translation>
    </message>
    <message>
        <source>Could not open a channel on %1: %2</source>
        <translation>Auf %1 konnte kein Kanal geöffnet werden: %2</translation>
    </message>
</context>
<context>
    <name>ClusterConfig</name>
    <message>
        <source>YAML syntax error: %1. Fix the file (the mistake may be on an earlier line) and load it again.</source>
        <translation>YAML-Syntaxfehler: %1. Korrigieren Sie die Datei (der Fehler kann auch in einer früheren Zeile liegen) und laden Sie sie erneut.</translation>
    </message>
    <message>
        <source>This is not a DC/OS config.yaml: it must be a mapping of keys such as master_list. Choose the genconf/config.yaml the cluster was installed with.</source>
        <translation>Dies ist keine config.yaml von DC/OS: Sie muss eine Zuordnung von Schlüsseln wie master_list sein. Wählen Sie die genconf/config.yaml, mit der der Cluster installiert wurde.</translation>
    </message>
    <message>
        <source>%1 is set again here (first on line %2); DC/OS would read only one of them. Remove the one that is wrong.</source>
        <translation>%1 wird hier erneut gesetzt (zuerst in Zeile %2); DC/OS würde nur einen der Werte lesen. Entfernen Sie den falschen.</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or a mapping. Correct it.</source>
        <translation>%1 muss ein einzelner Wert sein, keine Liste und keine Zuordnung. Korrigieren Sie das.</translation>
    </message>
    <message>
        <source>master_list is missing. The static backend numbers the masters from it: add every master&apos;s IPv4 address as a list, one &quot;- 10.0.0.1&quot; line each.</source>
        <translation>master_list fehlt. Das statische Backend nummeriert die Master danach: Tragen Sie die IPv4-Adresse jedes Masters als Liste ein, je eine Zeile „- 10.0.0.1“.</translation>
    </message>
    <message>
        <source>master_list must be a YAML list of the masters&apos; IPv4 addresses, one &quot;- 10.0.0.1&quot; line each.</source>
        <translation>master_list muss eine YAML-Liste der IPv4-Adressen der Master sein, je eine Zeile „- 10.0.0.1“.</translation>
    </message>
    <message>
        <source>master_list is empty. List every master&apos;s IPv4 address, one &quot;- 10.0.0.1&quot; line each.</source>
        <translation>master_list ist leer. Tragen Sie die IPv4-Adresse jedes Masters ein, je eine Zeile „- 10.0.0.1“.</translation>
    </message>
    <message>
        <source>This entry is not an address. Write each master as &quot;- 10.0.0.1&quot;.</source>
        <translation>Dieser Eintrag ist keine Adresse. Schreiben Sie jeden Master als „- 10.0.0.1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Write the master&apos;s private address as four numbers from 0 to 255 without leading zeros, such as 10.0.0.1.</source>
        <translation>„%1“ ist keine IPv4-Adresse. Schreiben Sie die private Adresse des Masters als vier Zahlen von 0 bis 255 ohne führende Nullen, etwa 10.0.0.1.</translation>
    </message>
    <message>
        <source>%1 is listed twice (also on line %2). Remove the duplicate: every master appears once.</source>
        <translation>%1 ist doppelt aufgeführt (auch in Zeile %2). Entfernen Sie das Duplikat: Jeder Master kommt genau einmal vor.</translation>
    </message>
    <message>
        <source>master_discovery is missing. The static backend needs master_discovery: static; add it if the cluster&apos;s masters are the fixed master_list.</source>
        <translation>master_discovery fehlt. Das statische Backend braucht master_discovery: static; ergänzen Sie es, wenn die Master des Clusters die feste master_list sind.</translation>
    </message>
    <message>
        <source>exhibitor_storage_backend is missing. Add the backend the cluster runs with now, such as exhibitor_storage_backend: zookeeper.</source>
        <translation>exhibitor_storage_backend fehlt. Tragen Sie das Backend ein, mit dem der Cluster jetzt läuft, etwa exhibitor_storage_backend: zookeeper.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DC/OS storage backend; DC/OS accepts %2. Write the backend the cluster runs with now.</source>
        <translation>„%1“ ist kein Storage-Backend von DC/OS; DC/OS akzeptiert %2. Tragen Sie das Backend ein, mit dem der Cluster jetzt läuft.</translation>
    </message>
    <message>
        <source>exhibitor_storage_backend is already static: this cluster has already been migrated, there is nothing to do.</source>
        <translation>exhibitor_storage_backend ist bereits static: Dieser Cluster wurde schon migriert, es gibt nichts zu tun.</translation>
    </message>
    <message>
        <source>This config.yaml is for an agent-only group, which runs no Exhibitor: there is nothing to migrate. Load the config.yaml of the cluster&apos;s masters.</source>
        <translation>Diese config.yaml gehört zu einer reinen Agent-Gruppe, auf der kein Exhibitor läuft: Es gibt nichts zu migrieren. Laden Sie die config.yaml der Master des Clusters.</translation>
    </message>
    <message>
        <source>exhibitor_zk_path is missing, but exhibitor_storage_backend: zookeeper (line %1) needs it. Add the znode path Exhibitor uses, such as /exhibitor.</source>
        <translation>exhibitor_zk_path fehlt, wird aber für exhibitor_storage_backend: zookeeper (Zeile %1) benötigt. Tragen Sie den Znode-Pfad ein, den Exhibitor verwendet, etwa /exhibitor.</translation>
    </message>
    <message>
        <source>exhibitor_zk_path &quot;%1&quot; does not start with /. Write the znode path, such as /%1.</source>
        <translation>exhibitor_zk_path „%1“ beginnt nicht mit /. Schreiben Sie den Znode-Pfad, etwa /%1.</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts is missing, but exhibitor_storage_backend: zookeeper (line %1) needs it. Add the backend ensemble as host:port,host:port.</source>
        <translation>exhibitor_zk_hosts fehlt, wird aber für exhibitor_storage_backend: zookeeper (Zeile %1) benötigt. Tragen Sie das Backend-Ensemble als host:port,host:port ein.</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts is empty. Write the backend ensemble as host:port,host:port.</source>
        <translation>exhibitor_zk_hosts ist leer. Schreiben Sie das Backend-Ensemble als host:port,host:port.</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts must be host:port,host:port without zk:// (DC/OS rejects it). Remove the zk:// prefix and any path.</source>
        <translation>exhibitor_zk_hosts muss die Form host:port,host:port ohne zk:// haben (DC/OS lehnt es sonst ab). Entfernen Sie das Präfix zk:// und einen eventuellen Pfad.</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts has an empty entry (two commas in a row, or one at an end). Remove it.</source>
        <translation>exhibitor_zk_hosts enthält einen leeren Eintrag (zwei Kommas hintereinander oder eines am Anfang oder Ende). Entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port. Write each server as host:port, such as %1:2181.</source>
        <translation>„%1“ hat keinen Port. Schreiben Sie jeden Server als host:port, etwa %1:2181.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, &quot;%2&quot; is neither an IPv4 address nor a host name. Correct it.</source>
        <translation>In „%1“ ist „%2“ weder eine IPv4-Adresse noch ein Hostname. Korrigieren Sie das.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the port &quot;%2&quot; is not a number from 1 to 65535. Correct it (ZooKeeper&apos;s client port is usually 2181).</source>
        <translation>In „%1“ ist der Port „%2“ keine Zahl von 1 bis 65535. Korrigieren Sie ihn (der Client-Port von ZooKeeper ist meist 2181).</translation>
    </message>
    <message>
        <source>the broadcast address</source>
        <translation>die Broadcast-Adresse</translation>
    </message>
    <message>
        <source>in 0.0.0.0/8 (&quot;this network&quot;; 0.0.0.0 means any address)</source>
        <translation>in 0.0.0.0/8 („dieses Netz“; 0.0.0.0 bedeutet jede Adresse)</translation>
    </message>
    <message>
        <source>a multicast address (224.0.0.0/4)</source>
        <translation>eine Multicast-Adresse (224.0.0.0/4)</translation>
    </message>
    <message>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>eine reservierte Adresse (240.0.0.0/4)</translation>
    </message>
    <message>
        <source>Another YAML document starts here (&quot;---&quot;): only the first one is read, and DC/OS&apos;s installer refuses a config.yaml with more than one. Remove everything from this line on, or split the file.</source>
        <translation>Hier beginnt ein weiteres YAML-Dokument („---“): Nur das erste wird gelesen, und der Installer von DC/OS lehnt eine config.yaml mit mehr als einem ab. Entfernen Sie alles ab dieser Zeile oder teilen Sie die Datei auf.</translation>
    </message>
    <message>
        <source>%1 is %2, not the address of one machine: no master can have it. Write the master&apos;s own private address, such as 10.0.0.1.</source>
        <translation>%1 ist %2, nicht die Adresse eines einzelnen Rechners: Kein Master kann sie haben. Tragen Sie die eigene private Adresse des Masters ein, etwa 10.0.0.1.</translation>
    </message>
    <message>
        <source>exhibitor_fs_config_dir is empty: write the directory of the share holding Exhibitor&apos;s config.</source>
        <translation>exhibitor_fs_config_dir ist leer: Tragen Sie das Verzeichnis der Freigabe mit der Konfiguration von Exhibitor ein.</translation>
    </message>
    <message>
        <source>exhibitor_fs_config_dir &quot;%1&quot; is not an absolute path: write the directory as the masters mount it, starting with /.</source>
        <translation>exhibitor_fs_config_dir „%1“ ist kein absoluter Pfad: Tragen Sie das Verzeichnis so ein, wie die Master es einhängen, beginnend mit /.</translation>
    </message>
    <message>
        <source>exhibitor_fs_config_dir &quot;%1&quot; has characters other than letters, digits and / . _ - + @ : , = ~; it is used in a command on the masters. Write the directory as the masters mount it.</source>
        <translation>exhibitor_fs_config_dir „%1“ enthält andere Zeichen als Buchstaben, Ziffern und / . _ - + @ : , = ~; es wird in einem Befehl auf den Mastern verwendet. Tragen Sie das Verzeichnis so ein, wie die Master es einhängen.</translation>
    </message>
    <message>
        <source>master_discovery is &quot;%1&quot;, but the static backend needs master_discovery: static and fixed master addresses, every master listed in master_list (DC/OS refuses a static backend otherwise: with %1 masters can be replaced by new ones at new addresses, which a static ensemble cannot follow). This cluster cannot be moved to the static backend as it is; nothing has been changed.</source>
        <translation>master_discovery ist „%1“, aber das statische Backend braucht master_discovery: static und feste Master-Adressen, jeder Master in master_list aufgeführt (sonst lehnt DC/OS ein statisches Backend ab: Mit %1 können Master durch neue unter neuen Adressen ersetzt werden, denen ein statisches Ensemble nicht folgen kann). Dieser Cluster kann so nicht auf das statische Backend umgestellt werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 is missing, but exhibitor_storage_backend: %2 (line %3) needs it. Add the value the cluster was installed with.</source>
        <translation>%1 fehlt, aber exhibitor_storage_backend: %2 (Zeile %3) braucht es. Ergänzen Sie den Wert, mit dem der Cluster installiert wurde.</translation>
    </message>
    <message>
        <source>%1 is empty, but exhibitor_storage_backend: %2 needs it. Write the value the cluster was installed with.</source>
        <translation>%1 ist leer, aber exhibitor_storage_backend: %2 braucht es. Tragen Sie den Wert ein, mit dem der Cluster installiert wurde.</translation>
    </message>
</context>
<context>
    <name>ClusterRunState</name>
    <message>
        <source>not readable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>not started (its dynamic backend, no exhibitor.orig)</source>
        <translation>nicht begonnen (sein dynamisches Backend, keine exhibitor.orig)</translation>
    </message>
    <message>
        <source>backed up (exhibitor.orig present, env file unchanged)</source>
        <translation>gesichert (exhibitor.orig vorhanden, Env-Datei unverändert)</translation>
    </message>
    <message>
        <source>Phase A file written (current IDs), ZooKeeper not restarted on it yet</source>
        <translation>Datei für Phase A geschrieben (aktuelle IDs), ZooKeeper damit noch nicht neu gestartet</translation>
    </message>
    <message>
        <source>Phase A done (static, current IDs, restarted)</source>
        <translation>Phase A erledigt (statisch, aktuelle IDs, neu gestartet)</translation>
    </message>
    <message>
        <source>Phase B file written (DC/OS&apos;s numbering), ZooKeeper not restarted on it yet</source>
        <translation>Datei für Phase B geschrieben (Nummerierung von DC/OS), ZooKeeper damit noch nicht neu gestartet</translation>
    </message>
    <message>
        <source>Phase B done (static, DC/OS&apos;s numbering, running it)</source>
        <translation>Phase B erledigt (statisch, Nummerierung von DC/OS, läuft damit)</translation>
    </message>
    <message>
        <source>not a state of this migration</source>
        <translation>kein Zustand dieser Migration</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>exhibitor.orig on %1 (sha256 %2) is not a dynamic-backend env file (EXHIBITOR_BACKEND=%3): it is not the backup of the original file; nothing will be restored from it</source>
        <translation>exhibitor.orig auf %1 (sha256 %2) ist keine Env-Datei eines dynamischen Backends (EXHIBITOR_BACKEND=%3): Sie ist nicht die Sicherung der ursprünglichen Datei; aus ihr wird nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>the env file on %1 names no EXHIBITOR_BACKEND</source>
        <translation>die Env-Datei auf %1 nennt kein EXHIBITOR_BACKEND</translation>
    </message>
    <message>
        <source>the env file on %1 (backend %2) differs from its exhibitor.orig: neither the original nor a file of the migration</source>
        <translation>die Env-Datei auf %1 (Backend %2) weicht von ihrer exhibitor.orig ab: weder das Original noch eine Datei der Migration</translation>
    </message>
    <message>
        <source>the static env file on %1 has the ensemble &quot;%2&quot;, which is not one server per master</source>
        <translation>die statische Env-Datei auf %1 hat das Ensemble „%2“, das nicht einen Server pro Master hat</translation>
    </message>
    <message>
        <source>the leader: Phase A leaves its restart to Phase B</source>
        <translation>der Leader: Phase A überlässt seinen Neustart Phase B</translation>
    </message>
    <message>
        <source>%1 runs a static env file but has no exhibitor.orig: there is no backup to go back to</source>
        <translation>%1 läuft mit einer statischen Env-Datei, hat aber keine exhibitor.orig: Es gibt keine Sicherung, zu der zurückgekehrt werden kann</translation>
    </message>
    <message>
        <source>the static file is not the one the migration writes from this exhibitor.orig</source>
        <translation>die statische Datei ist nicht die, die die Migration aus dieser exhibitor.orig schreibt</translation>
    </message>
    <message>
        <source>env file: backend %1</source>
        <translation>Env-Datei: Backend %1</translation>
    </message>
    <message>
        <source> (a regular file)</source>
        <translation> (eine reguläre Datei)</translation>
    </message>
    <message>
        <source> (a link to %1)</source>
        <translation> (ein Link auf %1)</translation>
    </message>
    <message>
        <source>no exhibitor.orig</source>
        <translation>keine exhibitor.orig</translation>
    </message>
    <message>
        <source>exhibitor.orig sha256 %1, %2</source>
        <translation>exhibitor.orig sha256 %1, %2</translation>
    </message>
    <message>
        <source>backend %1</source>
        <translation>Backend %1</translation>
    </message>
    <message>
        <source>NOT a dynamic-backend env file</source>
        <translation>KEINE Env-Datei eines dynamischen Backends</translation>
    </message>
    <message>
        <source>, recorded link to %1</source>
        <translation>, aufgezeichneter Link auf %1</translation>
    </message>
    <message>
        <source>zoo.cfg unreadable</source>
        <translation>zoo.cfg nicht lesbar</translation>
    </message>
    <message>
        <source>ZooKeeper last started with %1</source>
        <translation>ZooKeeper zuletzt gestartet mit %1</translation>
    </message>
    <message>
        <source>, myid %1</source>
        <translation>, myid %1</translation>
    </message>
    <message>
        <source>the Phase A env file on %1</source>
        <translation>die Env-Datei für Phase A auf %1</translation>
    </message>
    <message>
        <source>zoo.cfg on %1</source>
        <translation>zoo.cfg auf %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>no migration was started on this cluster (every master has its dynamic backend and no exhibitor.orig)</source>
        <translation>auf diesem Cluster wurde keine Migration begonnen (jeder Master hat sein dynamisches Backend und keine exhibitor.orig)</translation>
    </message>
    <message>
        <source>the backup is done on every master; Phase A has not begun</source>
        <translation>die Sicherung ist auf jedem Master erledigt; Phase A hat nicht begonnen</translation>
    </message>
    <message>
        <source>Phase A is done: every master has the static backend with its current ID (the leader&apos;s restart, if it is waiting, is Phase B&apos;s)</source>
        <translation>Phase A ist erledigt: Jeder Master hat das statische Backend mit seiner aktuellen ID (der Neustart des Leaders, falls er wartet, gehört zu Phase B)</translation>
    </message>
    <message>
        <source>Phase B is done: every master runs the static backend with DC/OS&apos;s numbering</source>
        <translation>Phase B ist erledigt: Jeder Master läuft mit dem statischen Backend und der Nummerierung von DC/OS</translation>
    </message>
    <message>
        <source>a run stopped in the middle: the masters are at different steps (above)</source>
        <translation>ein Lauf hielt mittendrin an: Die Master stehen bei verschiedenen Schritten (oben)</translation>
    </message>
    <message>
        <source>the masters are not in a state this migration leaves behind (above)</source>
        <translation>die Master sind in keinem Zustand, den diese Migration hinterlässt (oben)</translation>
    </message>
    <message>
        <source>IDs before the migration: %1 (from %2)</source>
        <translation>IDs vor der Migration: %1 (aus %2)</translation>
    </message>
    <message>
        <source>IDs before the migration: not on the masters any more (every master runs DC/OS&apos;s numbering)</source>
        <translation>IDs vor der Migration: nicht mehr auf den Mastern (jeder Master läuft mit der Nummerierung von DC/OS)</translation>
    </message>
    <message>
        <source>Run records: %1</source>
        <translation>Laufeinträge: %1</translation>
    </message>
    <message>
        <source>Run records: no run holds the cluster now</source>
        <translation>Laufeinträge: Kein Lauf hält den Cluster gerade</translation>
    </message>
    <message>
        <source>Run records: a run is going on now: %1</source>
        <translation>Laufeinträge: Gerade findet ein Lauf statt: %1</translation>
    </message>
    <message>
        <source>Where the run stands: %1.</source>
        <translation>Stand des Laufs: %1.</translation>
    </message>
    <message>
        <source>another run holds the cluster now: %1; wait for it to end</source>
        <translation>ein anderer Lauf hält den Cluster gerade: %1; warten Sie, bis er endet</translation>
    </message>
    <message>
        <source>nothing to roll back: no master was changed</source>
        <translation>nichts zurückzusetzen: Kein Master wurde geändert</translation>
    </message>
    <message>
        <source>nothing to resume: no run was started; run &quot;migrate&quot;</source>
        <translation>nichts fortzusetzen: Es wurde kein Lauf begonnen; führen Sie „migrate“ aus</translation>
    </message>
    <message>
        <source>the IDs from before the migration are not on the masters any more (every master runs DC/OS&apos;s numbering): give them with --ids FILE</source>
        <translation>die IDs von vor der Migration sind nicht mehr auf den Mastern (jeder Master läuft mit der Nummerierung von DC/OS): Geben Sie sie mit --ids DATEI an</translation>
    </message>
    <message>
        <source>No env file to restore: every master&apos;s equals its exhibitor.orig.</source>
        <translation>Keine Env-Datei wiederherzustellen: Die jedes Masters gleicht seiner exhibitor.orig.</translation>
    </message>
    <message>
        <source>exhibitor.orig goes back, byte for byte (or as the link it recorded), on: %1</source>
        <translation>exhibitor.orig kommt Byte für Byte (oder als der aufgezeichnete Link) zurück auf: %1</translation>
    </message>
    <message>
        <source>then, one at a time with the settle gate, a restart of: %1</source>
        <translation>dann, einzeln mit dem Settle-Gate, ein Neustart von: %1</translation>
    </message>
    <message>
        <source>then a check that the ensemble runs %1 again.</source>
        <translation>dann eine Prüfung, dass das Ensemble wieder %1 ausführt.</translation>
    </message>
    <message>
        <source>Backup (exhibitor.orig) on: %1</source>
        <translation>Sicherung (exhibitor.orig) auf: %1</translation>
    </message>
    <message>
        <source>Phase A: the static file with %1 written on: %2</source>
        <translation>Phase A: die statische Datei mit %1 geschrieben auf: %2</translation>
    </message>
    <message>
        <source>Phase A: restarts, one at a time, of: %1</source>
        <translation>Phase A: Neustarts, einzeln, von: %1</translation>
    </message>
    <message>
        <source>Phase B: the static file with %1 written on: %2</source>
        <translation>Phase B: die statische Datei mit %1 geschrieben auf: %2</translation>
    </message>
    <message>
        <source>Phase B: restarts, one at a time, of: %1</source>
        <translation>Phase B: Neustarts, einzeln, von: %1</translation>
    </message>
    <message>
        <source>Then Verify and the new config.yaml.</source>
        <translation>Dann Überprüfung und die neue config.yaml.</translation>
    </message>
    <message>
        <source>reconstructed from the masters: %1</source>
        <translation>aus den Mastern rekonstruiert: %1</translation>
    </message>
    <message>
        <source>an unreadable record</source>
        <translation>ein unlesbarer Eintrag</translation>
    </message>
    <message>
        <source>Lock file on %1: %2</source>
        <translation>Sperrdatei auf %1: %2</translation>
    </message>
</context>
<context>
    <name>ClusterRunStateReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the read ended early (exit status %1): %2</source>
        <translation>das Lesen endete vorzeitig (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
</context>
<context>
    <name>ClusterTakeover</name>
    <message>
        <source>Reading where the run stands from every master (env file, exhibitor.orig, zoo.cfg, myid, srvr, the run records)...</source>
        <translation>Stand des Laufs wird von jedem Master gelesen (Env-Datei, exhibitor.orig, zoo.cfg, myid, srvr, die Laufeinträge)...</translation>
    </message>
    <message>
        <source>Reconstructed from the cluster:</source>
        <translation>Aus dem Cluster rekonstruiert:</translation>
    </message>
    <message>
        <source>The rollback will, from this state:</source>
        <translation>Die Rücksetzung wird von diesem Zustand aus:</translation>
    </message>
    <message>
        <source>The resume will, from this state:</source>
        <translation>Die Fortsetzung wird von diesem Zustand aus:</translation>
    </message>
    <message>
        <source>Take the run over from the cluster and roll it back?</source>
        <translation>Den Lauf aus dem Cluster übernehmen und zurücksetzen?</translation>
    </message>
    <message>
        <source>Take the run over from the cluster and go on with it?</source>
        <translation>Den Lauf aus dem Cluster übernehmen und fortsetzen?</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>Nichts wurde getan.</translation>
    </message>
    <message>
        <source>Journal %1 written from the cluster&apos;s state (run %2); the run goes on from it.</source>
        <translation>Journal %1 aus dem Zustand des Clusters geschrieben (Lauf %2); der Lauf geht von dort weiter.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>exhibitor-migrate: no command given.</source>
        <translation>exhibitor-migrate: Kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>exhibitor-migrate: unknown option &quot;%1&quot;. Options come after the command.</source>
        <translation>exhibitor-migrate: Unbekannte Option „%1“. Optionen stehen nach dem Befehl.</translation>
    </message>
    <message>
        <source>exhibitor-migrate: unknown command &quot;%1&quot;.</source>
        <translation>exhibitor-migrate: Unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Commands: %1. Run &quot;exhibitor-migrate --help&quot; for more.</source>
        <translation>Befehle: %1. Mehr zeigt „exhibitor-migrate --help“.</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate &lt;command&gt; [options]

Moves a DC/OS cluster&apos;s Exhibitor from a ZooKeeper, S3, Azure or shared-filesystem backend to the static backend without taking ZooKeeper down.

Commands:
%1
Options:
  -h, --help         Displays this help.
  -v, --version      Displays version information.
      --lang &lt;code&gt;  Use language &lt;code&gt; (%2) instead of the system&apos;s.

Run &quot;exhibitor-migrate &lt;command&gt; --help&quot; for a command&apos;s options.

Exit status: 0 success; 1 an unexpected failure; 2 a usage error or invalid input.
</source>
        <translation>Aufruf: exhibitor-migrate &lt;Befehl&gt; [Optionen]

Stellt den Exhibitor eines DC/OS-Clusters von einem ZooKeeper-, S3-, Azure- oder Shared-Filesystem-Backend auf das statische Backend um, ohne ZooKeeper anzuhalten.

Befehle:
%1
Optionen:
  -h, --help         Zeigt diese Hilfe an.
  -v, --version      Zeigt Versionsinformationen an.
      --lang &lt;Code&gt;  Sprache &lt;Code&gt; (%2) statt der des Systems verwenden.

„exhibitor-migrate &lt;Befehl&gt; --help“ zeigt die Optionen eines Befehls.

Exit-Status: 0 Erfolg; 1 ein unerwarteter Fehler; 2 ein Bedienfehler oder ungültige Eingaben.
</translation>
    </message>
</context>
<context>
    <name>ConfirmPhasePage</name>
    <message>
        <source>Confirm: back up the env file</source>
        <translation>Bestätigen: Env-Datei sichern</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Jetzt sichern</translation>
    </message>
    <message>
        <source>I have read what the backup does and want to start it</source>
        <translation>Ich habe gelesen, was die Sicherung tut, und möchte sie starten</translation>
    </message>
    <message>
        <source>Confirm: Phase A, static backend with the current IDs</source>
        <translation>Bestätigen: Phase A, statisches Backend mit den aktuellen IDs</translation>
    </message>
    <message>
        <source>&amp;Start Phase A</source>
        <translation>Phase A s&amp;tarten</translation>
    </message>
    <message>
        <source>I have read what Phase A does and want to start it</source>
        <translation>Ich habe gelesen, was Phase A tut, und möchte sie starten</translation>
    </message>
    <message>
        <source>Confirm: Phase B, DC/OS&apos;s canonical IDs</source>
        <translation>Bestätigen: Phase B, die kanonischen IDs von DC/OS</translation>
    </message>
    <message>
        <source>&amp;Start Phase B</source>
        <translation>Phase B s&amp;tarten</translation>
    </message>
    <message>
        <source>I have read what Phase B does and want to start it</source>
        <translation>Ich habe gelesen, was Phase B tut, und möchte sie starten</translation>
    </message>
    <message>
        <source>Confirm: verify the migrated cluster</source>
        <translation>Bestätigen: migrierten Cluster überprüfen</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>&amp;Jetzt überprüfen</translation>
    </message>
    <message>
        <source>I have read what Verify does and want to start it</source>
        <translation>Ich habe gelesen, was die Überprüfung tut, und möchte sie starten</translation>
    </message>
    <message>
        <source>Confirm: roll back to the original configuration</source>
        <translation>Bestätigen: auf die ursprüngliche Konfiguration zurückrollen</translation>
    </message>
    <message>
        <source>&amp;Roll back now</source>
        <translation>Jetzt zurück&amp;rollen</translation>
    </message>
    <message>
        <source>I have read what the rollback does and want to start it</source>
        <translation>Ich habe gelesen, was das Rollback tut, und möchte es starten</translation>
    </message>
    <message>
        <source>Nothing happens until you confirm. Read what will happen on which master.</source>
        <translation>Nichts geschieht, bevor Sie bestätigen. Lesen Sie, was auf welchem Master geschehen wird.</translation>
    </message>
    <message>
        <source>What %1 runs on each master</source>
        <translation>Was %1 auf jedem Master ausführt</translation>
    </message>
    <message>
        <source>&amp;Commands per master:</source>
        <translation>Befehle pro &amp;Master:</translation>
    </message>
    <message>
        <source>Waiting for the run to reach this step…</source>
        <translation>Warten, bis der Lauf diesen Schritt erreicht …</translation>
    </message>
    <message>
        <source>On every master the env file is copied to exhibitor.orig (cp -p; an existing backup that differs is never overwritten) and checksummed against the file preflight read. No service restarts; ZooKeeper keeps serving. From now on the Roll back button stays available.</source>
        <translation>Auf jedem Master wird die Env-Datei nach exhibitor.orig kopiert (cp -p; eine vorhandene, abweichende Sicherung wird nie überschrieben) und ihre Prüfsumme mit der Datei verglichen, die die Vorabprüfung gelesen hat. Kein Dienst wird neu gestartet; ZooKeeper bedient weiter Anfragen. Ab jetzt bleibt die Schaltfläche „Rollback“ verfügbar.</translation>
    </message>
    <message numerus="yes">
        <source>The static env file with every master&apos;s current ID is written to all %n master(s) first (atomically, read back). Then the masters restart one at a time, followers first; each must settle (unit active, serving, one leader, majority serving, caught up) before the next. The leader is left for Phase B when Phase B follows, so Phase A causes no leader election. Expect each master to show restarting, then settling, then settled.</source>
        <translation>
            <numerusform>Die statische Env-Datei mit der aktuellen ID jedes Masters wird zuerst auf den %n Master geschrieben (atomar, zurückgelesen). Dann starten die Master einer nach dem anderen neu, zuerst die Follower; jeder muss sich stabilisieren (Unit aktiv, bedient Anfragen, ein Leader, eine Mehrheit bedient Anfragen, Stand des Leaders erreicht), bevor der nächste folgt. Folgt Phase B, bleibt der Leader für Phase B übrig, sodass Phase A keine Leader-Wahl auslöst. Jeder Master zeigt erst „startet neu“, dann „stabilisiert sich“, dann „stabil“.</numerusform>
            <numerusform>Die statische Env-Datei mit der aktuellen ID jedes Masters wird zuerst auf alle %n Master geschrieben (atomar, zurückgelesen). Dann starten die Master einer nach dem anderen neu, zuerst die Follower; jeder muss sich stabilisieren (Unit aktiv, bedient Anfragen, ein Leader, eine Mehrheit bedient Anfragen, Stand des Leaders erreicht), bevor der nächste folgt. Folgt Phase B, bleibt der Leader für Phase B übrig, sodass Phase A keine Leader-Wahl auslöst. Jeder Master zeigt erst „startet neu“, dann „stabilisiert sich“, dann „stabil“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The env file with DC/OS&apos;s canonical IDs is written to all masters, then they restart one at a time. The first restarted masters log &quot;ZooKeeperServer not running&quot; until a majority (%1 of %2) runs the new numbering: expected, not an error. The %1. restart (the old leader&apos;s) is the one brief quorum change, about a second: the masters still on the old numbering are stopped at that moment and started on the new numbering after it. Clients reconnect within their session timeout.</source>
        <translation>Die Env-Datei mit den kanonischen IDs von DC/OS wird auf alle Master geschrieben, dann starten sie einer nach dem anderen neu. Die zuerst neu gestarteten Master protokollieren „ZooKeeperServer not running“, bis eine Mehrheit (%1 von %2) mit der neuen Nummerierung läuft: Das ist so erwartet, kein Fehler. Der %1. Neustart (der des bisherigen Leaders) ist der einzige kurze Quorumwechsel, etwa eine Sekunde: Die Master, die noch mit der alten Nummerierung laufen, werden in diesem Moment angehalten und danach mit der neuen Nummerierung gestartet. Clients verbinden sich innerhalb ihres Sitzungs-Timeouts neu.</translation>
    </message>
    <message>
        <source>Read-only: one leader, followers in sync, every master&apos;s ID, env file, myid and zoo.cfg as planned, the data unchanged since preflight and the canary session alive. Then the new config.yaml is written next to the original and the run&apos;s own znodes are removed.</source>
        <translation>Nur lesend: ein Leader, Follower synchron, ID, Env-Datei, myid und zoo.cfg jedes Masters wie geplant, die Daten seit der Vorabprüfung unverändert und die Canary-Sitzung aktiv. Danach wird die neue config.yaml neben die ursprüngliche geschrieben und die eigenen Znodes des Laufs werden entfernt.</translation>
    </message>
    <message>
        <source>Any running step finishes first. Then exhibitor.orig is restored on every master byte for byte and the masters restart one at a time in the safe order, each settling before the next; a renumbered ensemble goes back with the same brief quorum change as Phase B. Finally the original files and IDs are verified.</source>
        <translation>Ein laufender Schritt wird zuerst beendet. Dann wird exhibitor.orig auf jedem Master Byte für Byte wiederhergestellt, und die Master starten einer nach dem anderen in der sicheren Reihenfolge neu, jeder stabilisiert sich vor dem nächsten; ein neu nummeriertes Ensemble kehrt mit demselben kurzen Quorumwechsel wie in Phase B zurück. Zum Schluss werden die ursprünglichen Dateien und IDs überprüft.</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Master: %1</translation>
    </message>
    <message>
        <source>Estimate for %1</source>
        <translation>Schätzung für %1</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>Schätzung:</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>~/.ssh/config could not be read: %1</source>
        <translation>~/.ssh/config konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (direct)</source>
        <translation>%1 (direkt)</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 über %2</translation>
    </message>
    <message>
        <source>no system keychain</source>
        <translation>kein System-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Automatic: the agent, then the keys from ~/.ssh/config</source>
        <translation>&amp;Automatisch: der Agent, dann die Schlüssel aus ~/.ssh/config</translation>
    </message>
    <message>
        <source>SSH a&amp;gent only</source>
        <translation>Nur SSH-A&amp;gent</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>Sch&amp;lüsseldatei</translation>
    </message>
    <message>
        <source>Pa&amp;ssword</source>
        <translation>Passwor&amp;t</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>Passphrase des Schlüssels</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH-Passwort</translation>
    </message>
    <message>
        <source>Password for sudo</source>
        <translation>Passwort für sudo</translation>
    </message>
    <message>
        <source>R&amp;emember the passwords in the system keychain</source>
        <translation>Passwörter im System-Schlüsselbund sp&amp;eichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect to the masters</source>
        <translation>Mit den Mastern verbinden</translation>
    </message>
    <message>
        <source>The wizard logs in to every master over SSH, checks each host key against known_hosts and runs what needs root through sudo. Nothing is changed on the masters.</source>
        <translation>Der Assistent meldet sich per SSH an jedem Master an, prüft jeden Host-Schlüssel anhand von known_hosts und führt, was root-Rechte braucht, über sudo aus. Auf den Mastern wird nichts geändert.</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH-Benutzer</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else your local user name</source>
        <translation>aus ~/.ssh/config, sonst Ihr lokaler Benutzername</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else 22</source>
        <translation>aus ~/.ssh/config, sonst 22</translation>
    </message>
    <message>
        <source>Log in automatically with the agent or the keys from ~/.ssh/config</source>
        <translation>Automatisch mit dem Agent oder den Schlüsseln aus ~/.ssh/config anmelden</translation>
    </message>
    <message>
        <source>Log in with the SSH agent only</source>
        <translation>Nur mit dem SSH-Agent anmelden</translation>
    </message>
    <message>
        <source>Log in with a key file</source>
        <translation>Mit einer Schlüsseldatei anmelden</translation>
    </message>
    <message>
        <source>Log in with a password</source>
        <translation>Mit einem Passwort anmelden</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>Datei mit dem privaten Schlüssel</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse for the private key file</source>
        <translation>Nach der Datei mit dem privaten Schlüssel suchen</translation>
    </message>
    <message>
        <source>How to become root</source>
        <translation>Wie root-Rechte erlangt werden</translation>
    </message>
    <message>
        <source>No sudo: the user is root</source>
        <translation>Kein sudo: Der Benutzer ist root</translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation>sudo ohne Passwort</translation>
    </message>
    <message>
        <source>sudo with a password</source>
        <translation>sudo mit Passwort</translation>
    </message>
    <message>
        <source>Remember the passwords in the system keychain</source>
        <translation>Passwörter im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Passwords are never written to the settings file; without this they are kept in memory until the wizard closes.</source>
        <translation>Passwörter werden nie in die Einstellungsdatei geschrieben; ohne diese Option bleiben sie bis zum Schließen des Assistenten im Speicher.</translation>
    </message>
    <message>
        <source>Connect to all masters</source>
        <translation>Mit allen Mastern verbinden</translation>
    </message>
    <message>
        <source>Connection state of each master</source>
        <translation>Verbindungszustand jedes Masters</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Private key f&amp;ile:</source>
        <translation>Pr&amp;ivate Schlüsseldatei:</translation>
    </message>
    <message>
        <source>Key passp&amp;hrase:</source>
        <translation>Passph&amp;rase des Schlüssels:</translation>
    </message>
    <message>
        <source>SSH passwo&amp;rd:</source>
        <translation>SSH-Passw&amp;ort:</translation>
    </message>
    <message>
        <source>Su&amp;do:</source>
        <translation>Su&amp;do:</translation>
    </message>
    <message>
        <source>Password for sud&amp;o:</source>
        <translation>Passwort &amp;für sudo:</translation>
    </message>
    <message>
        <source>&amp;Masters:</source>
        <translation>&amp;Master:</translation>
    </message>
    <message>
        <source>Log in with</source>
        <translation>Anmelden mit</translation>
    </message>
    <message>
        <source>(known: type to replace it)</source>
        <translation>(bekannt: zum Ersetzen neu eingeben)</translation>
    </message>
    <message numerus="yes">
        <source>Connecting: %1 of %n master(s) connected.</source>
        <translation>
            <numerusform>Verbinden: %1 von %n Master verbunden.</numerusform>
            <numerusform>Verbinden: %1 von %n Mastern verbunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n master(s) connected. Continue with Next.</source>
        <translation>
            <numerusform>Der Master ist verbunden. Fahren Sie mit „Weiter“ fort.</numerusform>
            <numerusform>Alle %n Master verbunden. Fahren Sie mit „Weiter“ fort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n master(s) could not be connected; the Error column says why and what to do. Fix it, then press Connect again.</source>
        <translation>
            <numerusform>Mit %1 von %n Master konnte keine Verbindung hergestellt werden; die Spalte „Fehler“ nennt den Grund und was zu tun ist. Beheben Sie es und klicken Sie dann erneut auf „Verbinden“.</numerusform>
            <numerusform>Mit %1 von %n Mastern konnte keine Verbindung hergestellt werden; die Spalte „Fehler“ nennt den Grund und was zu tun ist. Beheben Sie es und klicken Sie dann erneut auf „Verbinden“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>Privaten Schlüssel auswählen</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusModel</name>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden …</translation>
    </message>
    <message>
        <source>Waiting for your host key decision</source>
        <translation>Wartet auf Ihre Entscheidung zum Host-Schlüssel</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>Anmelden …</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>CurrentIds</name>
    <message>
        <source>&quot;%1&quot; is not &quot;&lt;ip&gt; &lt;id&gt;&quot;. Write one master per line, its address and its current ID, such as &quot;10.0.0.1 3&quot;.</source>
        <translation>„%1“ hat nicht die Form „&lt;ip&gt; &lt;id&gt;“. Schreiben Sie einen Master pro Zeile, seine Adresse und seine aktuelle ID, etwa „10.0.0.1 3“.</translation>
    </message>
    <message>
        <source>%1 is given again here (first on line %2). Keep only the line with its current ID.</source>
        <translation>%1 wird hier erneut angegeben (zuerst in Zeile %2). Behalten Sie nur die Zeile mit seiner aktuellen ID.</translation>
    </message>
    <message>
        <source>This is not a directory. Give a directory holding one &lt;ip&gt;.log file per master, or the IDs with --ids.</source>
        <translation>Dies ist kein Verzeichnis. Geben Sie ein Verzeichnis mit einer Datei &lt;ip&gt;.log pro Master an oder die IDs mit --ids.</translation>
    </message>
    <message>
        <source>No journal for master %1 (%2). Save the output of &quot;journalctl -u dcos-exhibitor&quot; on that master as this file, or give the IDs with --ids.</source>
        <translation>Kein Journal für Master %1 (%2). Speichern Sie die Ausgabe von „journalctl -u dcos-exhibitor“ auf diesem Master als diese Datei oder geben Sie die IDs mit --ids an.</translation>
    </message>
    <message>
        <source>The journal of master %1 has no &quot;my id = N&quot; line; it may have been rotated. Read the ID on that master (cat /var/lib/dcos/exhibitor/zookeeper/snapshot/myid) and give the IDs with --ids.</source>
        <translation>Das Journal von Master %1 enthält keine Zeile „my id = N“; es wurde vielleicht rotiert. Lesen Sie die ID auf diesem Master aus (cat /var/lib/dcos/exhibitor/zookeeper/snapshot/myid) und geben Sie die IDs mit --ids an.</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>%1 is not up (no %2/state.json).</source>
        <translation>%1 läuft nicht (kein %2/state.json).</translation>
    </message>
    <message>
        <source>Cannot read the demo masters&apos; host keys in %1.</source>
        <translation>Die Host-Schlüssel der Demo-Master in %1 können nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The demo cluster is part of a source build (tests/cluster-sim); this installation does not have it.</source>
        <translation>Der Demo-Cluster gehört zu einem Build aus den Quellen (tests/cluster-sim); diese Installation enthält ihn nicht.</translation>
    </message>
    <message>
        <source>Starting the demo cluster needs root (it creates namespaces, users and mounts). Run
%1
then choose &quot;Connect to the running demo&quot;.</source>
        <translation>Zum Starten des Demo-Clusters sind root-Rechte nötig (er legt Namespaces, Benutzer und Mounts an). Führen Sie
%1
aus und wählen Sie dann „Mit dem laufenden Demo-Cluster verbinden“.</translation>
    </message>
    <message>
        <source>Starting the demo cluster (%1)…</source>
        <translation>Demo-Cluster wird gestartet (%1) …</translation>
    </message>
    <message>
        <source>Looking for the running demo cluster…</source>
        <translation>Laufender Demo-Cluster wird gesucht …</translation>
    </message>
    <message>
        <source>No running demo cluster found: %1
Start it with
%2</source>
        <translation>Kein laufender Demo-Cluster gefunden: %1
Starten Sie ihn mit
%2</translation>
    </message>
    <message>
        <source>Demo cluster &quot;%1&quot; found; SSH as %2 (password) on port %3.</source>
        <translation>Demo-Cluster „%1“ gefunden; SSH als %2 (Passwort) auf Port %3.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The demo cluster did not start:
%1</source>
        <translation>Der Demo-Cluster ist nicht gestartet:
%1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Without root, start it with
%1</source>
        <translation>Ohne root-Rechte starten Sie ihn mit
%1</translation>
    </message>
    <message>
        <source>No running demo cluster found: %1</source>
        <translation>Kein laufender Demo-Cluster gefunden: %1</translation>
    </message>
    <message>
        <source>The demo cluster is up but not healthy (no leader with all followers). Run
sudo %1 status %2</source>
        <translation>Der Demo-Cluster läuft, ist aber nicht gesund (kein Leader mit allen Followern). Führen Sie aus:
sudo %1 status %2</translation>
    </message>
    <message>
        <source>Demo cluster &quot;%1&quot; is healthy; SSH as %2 on port %3.</source>
        <translation>Demo-Cluster „%1“ ist gesund; SSH als %2 auf Port %3.</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s config.yaml cannot be used:
%1</source>
        <translation>Die config.yaml des Demo-Clusters kann nicht verwendet werden:
%1</translation>
    </message>
    <message>
        <source>The sim did not write the cluster&apos;s config.yaml: %1</source>
        <translation>Die Simulation hat die config.yaml des Clusters nicht geschrieben: %1</translation>
    </message>
    <message>
        <source>The demo cluster is ready.</source>
        <translation>Der Demo-Cluster ist bereit.</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>Connect to every master and read each ZooKeeper server&apos;s ID from every source.</source>
        <translation>Mit jedem Master verbinden und die ID jedes ZooKeeper-Servers aus jeder Quelle lesen.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>The cluster&apos;s DC/OS config.yaml: master_list and the backend.</source>
        <translation>Die config.yaml des DC/OS-Clusters: master_list und das Backend.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>SSH user (default: ~/.ssh/config, else yours).</source>
        <translation>SSH-Benutzer (Standard: aus ~/.ssh/config, sonst Ihrer).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SSH port (default: ~/.ssh/config, else 22).</source>
        <translation>SSH-Port (Standard: aus ~/.ssh/config, sonst 22).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Private key file to log in with.</source>
        <translation>Datei mit dem privaten Schlüssel für die Anmeldung.</translation>
    </message>
    <message>
        <source>KEYFILE</source>
        <translation>SCHLÜSSELDATEI</translation>
    </message>
    <message>
        <source>Log in with a password read from the first line of stdin.</source>
        <translation>Mit einem Passwort anmelden, das aus der ersten Zeile von stdin gelesen wird.</translation>
    </message>
    <message>
        <source>Read the sudo password from the next line of stdin (default: the login password).</source>
        <translation>Das sudo-Passwort aus der nächsten Zeile von stdin lesen (Standard: das Anmeldepasswort).</translation>
    </message>
    <message>
        <source>How to become root: none, nopasswd (default) or password.</source>
        <translation>Wie root-Rechte erlangt werden: none, nopasswd (Standard) oder password.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/config, else ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei (Standard: aus ~/.ssh/config, sonst ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Trust this host key for this run, after comparing it on the master. Repeat for each master.</source>
        <translation>Diesem Host-Schlüssel für diesen Lauf vertrauen, nachdem Sie ihn auf dem Master verglichen haben. Für jeden Master wiederholen.</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>Where ZooKeeper and Exhibitor listen as seen from each master (default: the master&apos;s own IP).</source>
        <translation>Wo ZooKeeper und Exhibitor lauschen, von jedem Master aus gesehen (Standard: die eigene IP des Masters).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Show every master&apos;s log (commands, probes) on stderr.</source>
        <translation>Das Protokoll jedes Masters (Befehle, Abfragen) auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>exhibitor-migrate discover: %1</source>
        <translation>exhibitor-migrate discover: %1</translation>
    </message>
    <message>
        <source>Run &quot;exhibitor-migrate discover --help&quot; for usage.</source>
        <translation>Die Verwendung zeigt „exhibitor-migrate discover --help“.</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate discover --config FILE [--user U] [--port P] [--identity KEYFILE] [--password-stdin] [--sudo none|nopasswd|password] [--known-hosts FILE] [--format text|json]</source>
        <translation>Aufruf: exhibitor-migrate discover --config DATEI [--user U] [--port P] [--identity SCHLÜSSELDATEI] [--password-stdin] [--sudo none|nopasswd|password] [--known-hosts DATEI] [--format text|json]</translation>
    </message>
    <message>
        <source>Connects to every master over SSH and reads, without changing anything, each ZooKeeper server&apos;s ID from the journal, the myid file, the four-letter word conf, Exhibitor&apos;s get-state and the backend&apos;s servers-spec, plus mode, zxid, the env file&apos;s backend and the exhibitor.orig backup. The JSON output&apos;s current_ids can be given to &quot;exhibitor-migrate plan --ids&quot;.</source>
        <translation>Verbindet sich per SSH mit jedem Master und liest, ohne etwas zu ändern, die ID jedes ZooKeeper-Servers aus dem Journal, der myid-Datei, dem Vier-Buchstaben-Wort conf, dem get-state von Exhibitor und der servers-spec des Backends, dazu Modus, zxid, das Backend der Env-Datei und die Sicherung exhibitor.orig. Die current_ids der JSON-Ausgabe lassen sich an „exhibitor-migrate plan --ids“ übergeben.</translation>
    </message>
    <message>
        <source>Exit status: 0 every master&apos;s ID sources agree; 2 sources disagree, a master has no ID, or the input is invalid (one line per problem on stderr, naming the master); 1 a master could not be reached.</source>
        <translation>Exit-Status: 0 die ID-Quellen jedes Masters stimmen überein; 2 Quellen widersprechen sich, ein Master hat keine ID oder die Eingabe ist ungültig (eine Zeile pro Problem auf stderr, mit dem Master); 1 ein Master war nicht erreichbar.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>unknown sudo mode &quot;%1&quot;; use none, nopasswd or password.</source>
        <translation>unbekannter sudo-Modus „%1“; verwenden Sie none, nopasswd oder password.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>give either --identity or --password-stdin, not both.</source>
        <translation>geben Sie entweder --identity oder --password-stdin an, nicht beides.</translation>
    </message>
    <message>
        <source>--password-stdin: no password on stdin.</source>
        <translation>--password-stdin: kein Passwort auf stdin.</translation>
    </message>
    <message>
        <source>--sudo-password-stdin: no sudo password on stdin.</source>
        <translation>--sudo-password-stdin: kein sudo-Passwort auf stdin.</translation>
    </message>
    <message>
        <source>--sudo password needs --password-stdin or --sudo-password-stdin.</source>
        <translation>--sudo password braucht --password-stdin oder --sudo-password-stdin.</translation>
    </message>
    <message>
        <source>%1: trusting host key %2 %3 for this run, as given with --accept-host-key.</source>
        <translation>%1: Host-Schlüssel %2 %3 wird für diesen Lauf vertraut, wie mit --accept-host-key angegeben.</translation>
    </message>
    <message>
        <source>%1: host key %2 %3 is not in %4. Compare it with the master&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the master) and, if it is the same, pass --accept-host-key %3.</source>
        <translation>%1: Host-Schlüssel %2 %3 steht nicht in %4. Vergleichen Sie ihn mit dem des Masters (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub auf dem Master) und übergeben Sie, wenn er gleich ist, --accept-host-key %3.</translation>
    </message>
    <message>
        <source>Masters as DC/OS sorts them (as strings):</source>
        <translation>Master in der Sortierung von DC/OS (als Zeichenketten):</translation>
    </message>
    <message>
        <source>%1: exhibitor.orig differs from the current env file (an earlier run&apos;s backup; it is never overwritten)</source>
        <translation>%1: exhibitor.orig unterscheidet sich von der aktuellen Env-Datei (die Sicherung eines früheren Laufs; sie wird nie überschrieben)</translation>
    </message>
    <message>
        <source>Notes (sources that could not say are not a disagreement):</source>
        <translation>Hinweise (Quellen ohne Antwort sind kein Widerspruch):</translation>
    </message>
    <message>
        <source>Current IDs (an ids file for &quot;exhibitor-migrate plan --ids&quot;):</source>
        <translation>Aktuelle IDs (eine ID-Datei für „exhibitor-migrate plan --ids“):</translation>
    </message>
    <message>
        <source>--accept-host-key takes the whole fingerprint as ssh-keygen -l prints it, &quot;SHA256:&quot; and 43 characters; &quot;%1&quot; is not one.</source>
        <translation>--accept-host-key erwartet den ganzen Fingerabdruck, wie ssh-keygen -l ihn ausgibt, „SHA256:“ und 43 Zeichen; „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>SSH password: </source>
        <translation>SSH-Passwort: </translation>
    </message>
    <message>
        <source>sudo password: </source>
        <translation>sudo-Passwort: </translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>connecting</source>
        <translation>verbinde</translation>
    </message>
    <message>
        <source>discovering</source>
        <translation>ermittle</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>DiscoveryController</name>
    <message>
        <source>discovery</source>
        <translation>Ermittlung</translation>
    </message>
    <message>
        <source>Discovery is still running.</source>
        <translation>Die Ermittlung läuft noch.</translation>
    </message>
    <message>
        <source>Discovery has not run yet.</source>
        <translation>Die Ermittlung ist noch nicht gelaufen.</translation>
    </message>
    <message>
        <source>%1: choose the ID it runs with, or fix the master and discover again.</source>
        <translation>%1: Wählen Sie die ID, mit der er läuft, oder beheben Sie das Problem am Master und ermitteln Sie erneut.</translation>
    </message>
    <message>
        <source>Discovery found no master.</source>
        <translation>Die Ermittlung hat keinen Master gefunden.</translation>
    </message>
</context>
<context>
    <name>DiscoveryIdsFile</name>
    <message>
        <source>This is not valid JSON (%1). Give the output of &quot;exhibitor-migrate discover --format json&quot; or an ids file.</source>
        <translation>Dies ist kein gültiges JSON (%1). Geben Sie die Ausgabe von „exhibitor-migrate discover --format json“ oder eine ID-Datei an.</translation>
    </message>
    <message>
        <source>No &quot;current_ids&quot; object. Give the output of &quot;exhibitor-migrate discover --format json&quot;.</source>
        <translation>Kein Objekt „current_ids“. Geben Sie die Ausgabe von „exhibitor-migrate discover --format json“ an.</translation>
    </message>
    <message>
        <source>The ID of %1 in current_ids is not a whole number.</source>
        <translation>Die ID von %1 in current_ids ist keine ganze Zahl.</translation>
    </message>
    <message>
        <source>Discovery found no agreed ID for %1.</source>
        <translation>Die Ermittlung fand für %1 keine übereinstimmende ID.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given again in the same object here (first on line %2); only one of them is read. Remove the one that is wrong.</source>
        <translation>„%1“ steht hier ein zweites Mal im selben Objekt (zuerst in Zeile %2); nur einer der Werte wird gelesen. Entfernen Sie den falschen.</translation>
    </message>
</context>
<context>
    <name>DiscoveryModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>same</source>
        <translation>gleich</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>The ID sources disagree: %1</source>
        <translation>Die ID-Quellen widersprechen sich: %1</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Still discovering</source>
        <translation>Ermittlung läuft noch</translation>
    </message>
    <message>
        <source>Agreed by %1</source>
        <translation>Übereinstimmend laut %1</translation>
    </message>
    <message>
        <source>exhibitor.orig differs from the current env file: an earlier run&apos;s backup. It is never overwritten.</source>
        <translation>exhibitor.orig unterscheidet sich von der aktuellen Env-Datei: die Sicherung eines früheren Laufs. Sie wird nie überschrieben.</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Current ID</source>
        <translation>Aktuelle ID</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>myid</source>
        <translation>myid</translation>
    </message>
    <message>
        <source>conf</source>
        <translation>conf</translation>
    </message>
    <message>
        <source>get-state</source>
        <translation>get-state</translation>
    </message>
    <message>
        <source>Backend spec</source>
        <translation>Backend-Spec</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Übereinstimmung</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>zxid</source>
        <translation>zxid</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>.orig</source>
        <translation>.orig</translation>
    </message>
</context>
<context>
    <name>DiscoveryPage</name>
    <message>
        <source>&amp;Rediscover</source>
        <translation>E&amp;rneut ermitteln</translation>
    </message>
    <message>
        <source>Cance&amp;l discovery</source>
        <translation>Ermittlung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>C&amp;hoose ID…</source>
        <translation>&amp;ID wählen…</translation>
    </message>
    <message>
        <source>E&amp;xport dry-run script…</source>
        <translation>Probelauf-Skript e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Discover the masters</source>
        <translation>Master ermitteln</translation>
    </message>
    <message>
        <source>Every master&apos;s ZooKeeper ID from each source, read over SSH (nothing is written), and what the migration will do with them.</source>
        <translation>Die ZooKeeper-ID jedes Masters aus jeder Quelle, per SSH gelesen (es wird nichts geschrieben), und was die Migration damit tun wird.</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Filter the masters</source>
        <translation>Master filtern</translation>
    </message>
    <message>
        <source>IP, ID, mode, backend…</source>
        <translation>IP, ID, Modus, Backend …</translation>
    </message>
    <message>
        <source>&amp;Masters as discovered:</source>
        <translation>Ermittelte &amp;Master:</translation>
    </message>
    <message>
        <source>Masters as discovered</source>
        <translation>Ermittelte Master</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>Fortschritt der Ermittlung</translation>
    </message>
    <message>
        <source>Discover every master again</source>
        <translation>Jeden Master erneut ermitteln</translation>
    </message>
    <message>
        <source>Cancel the discovery</source>
        <translation>Ermittlung abbrechen</translation>
    </message>
    <message>
        <source>Choose the ID of the selected master</source>
        <translation>ID des ausgewählten Masters wählen</translation>
    </message>
    <message>
        <source>For a master whose sources disagree: the ID it really runs with, from those its sources found.</source>
        <translation>Für einen Master, dessen Quellen sich widersprechen: die ID, mit der er tatsächlich läuft, aus denen, die seine Quellen gefunden haben.</translation>
    </message>
    <message>
        <source>Export the dry-run script</source>
        <translation>Probelauf-Skript exportieren</translation>
    </message>
    <message>
        <source>A commented shell script with every command the migration runs on each master. It starts with &quot;exit 1&quot;: it documents the run and does nothing when run.</source>
        <translation>Ein kommentiertes Shell-Skript mit jedem Befehl, den die Migration auf jedem Master ausführt. Es beginnt mit „exit 1“: Es dokumentiert den Lauf und tut nichts, wenn man es ausführt.</translation>
    </message>
    <message>
        <source>%v of %m masters</source>
        <translation>%v von %m Mastern</translation>
    </message>
    <message>
        <source>Discovering… reading env files, myid, Exhibitor&apos;s state and ZooKeeper on every master.</source>
        <translation>Ermittlung läuft … Env-Dateien, myid, der Zustand von Exhibitor und ZooKeeper werden auf jedem Master gelesen.</translation>
    </message>
    <message>
        <source>Not discovered yet.</source>
        <translation>Noch nicht ermittelt.</translation>
    </message>
    <message>
        <source>Discovered. No master reported itself as ZooKeeper leader.</source>
        <translation>Ermittelt. Kein Master hat sich als ZooKeeper-Leader gemeldet.</translation>
    </message>
    <message>
        <source>Discovered. Leader: %1.</source>
        <translation>Ermittelt. Leader: %1.</translation>
    </message>
    <message>
        <source>Choose the ID of %1</source>
        <translation>ID von %1 wählen</translation>
    </message>
    <message>
        <source>%1&apos;s sources disagree: %2
Which ID does its ZooKeeper really run with? Check before choosing; the plan uses what you choose.</source>
        <translation>Die Quellen von %1 widersprechen sich: %2
Mit welcher ID läuft sein ZooKeeper tatsächlich? Prüfen Sie das, bevor Sie wählen; der Plan verwendet, was Sie wählen.</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>Shell-Skripte (*.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Dry-run script written to %1.</source>
        <translation>Probelauf-Skript nach %1 geschrieben.</translation>
    </message>
</context>
<context>
    <name>DryRunScript</name>
    <message>
        <source>Exhibitor migration dry run: ZooKeeper backend to static, %1 masters.
Written by the Exhibitor Migration Wizard on %2.

This script documents the run; it is not a way to perform it. The wizard waits after every restart until the ensemble has settled (one leader, a majority serving, caught up) and stops the run when it does not; a script cannot. The exit below makes running it by accident do nothing.

Each block lists, per master, the exact commands the wizard runs there over SSH. Values of secret-looking keys are shown as &lt;redacted&gt;.</source>
        <translation>Probelauf der Exhibitor-Migration: ZooKeeper-Backend zu statisch, %1 Master.
Geschrieben vom Exhibitor-Migrationsassistenten am %2.

Dieses Skript dokumentiert den Lauf; es ist kein Weg, ihn auszuführen. Der Assistent wartet nach jedem Neustart, bis sich das Ensemble stabilisiert hat (ein Leader, eine Mehrheit bedient Anfragen, Stand des Leaders erreicht), und hält den Lauf an, wenn nicht; ein Skript kann das nicht. Das exit unten sorgt dafür, dass ein versehentlicher Aufruf nichts tut.

Jeder Block listet pro Master genau die Befehle auf, die der Assistent dort per SSH ausführt. Werte von Schlüsseln, die geheim aussehen, werden als &lt;redacted&gt; angezeigt.</translation>
    </message>
    <message>
        <source>Phase A ensemble (current IDs): %1
Phase B ensemble (DC/OS numbering): %2
%3</source>
        <translation>Ensemble für Phase A (aktuelle IDs): %1
Ensemble für Phase B (Nummerierung von DC/OS): %2
%3</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>On this workstation: %1</source>
        <translation>Auf diesem Arbeitsplatzrechner: %1</translation>
    </message>
    <message>
        <source>--- on %1 (%2) ---</source>
        <translation>--- auf %1 (%2) ---</translation>
    </message>
    <message>
        <source>The env file of %1 was not read: its new content is not known.</source>
        <translation>Die Env-Datei von %1 wurde nicht gelesen: Ihr neuer Inhalt ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Ensemble</name>
    <message>
        <source>&quot;%1&quot; is not an id:host pair such as 1:10.0.0.1.</source>
        <translation>„%1“ ist kein Paar id:host wie 1:10.0.0.1.</translation>
    </message>
    <message>
        <source>No current ID is given for master %1. Find it (journalctl -u dcos-exhibitor | grep -i &quot;my id&quot; on that master) and add it.</source>
        <translation>Für Master %1 ist keine aktuelle ID angegeben. Ermitteln Sie sie (journalctl -u dcos-exhibitor | grep -i &quot;my id&quot; auf diesem Master) und tragen Sie sie ein.</translation>
    </message>
    <message>
        <source>Master %1 has ID %2, but ZooKeeper server IDs are %3 to %4. Check the ID on that master.</source>
        <translation>Master %1 hat die ID %2, ZooKeeper-Server-IDs liegen aber zwischen %3 und %4. Prüfen Sie die ID auf diesem Master.</translation>
    </message>
    <message>
        <source>Master %1 has ID %2, which master %3 has too. Every server needs its own ID: check both masters&apos; current IDs.</source>
        <translation>Master %1 hat die ID %2, die auch Master %3 hat. Jeder Server braucht eine eigene ID: Prüfen Sie die aktuellen IDs beider Master.</translation>
    </message>
    <message>
        <source>An ID is given for %1, which is not in master_list. Remove it, or correct the address if it is a typo.</source>
        <translation>Für %1 ist eine ID angegeben, diese Adresse steht aber nicht in master_list. Entfernen Sie sie oder korrigieren Sie die Adresse, falls sie vertippt ist.</translation>
    </message>
</context>
<context>
    <name>EnsembleDiagramModel</name>
    <message>
        <source>Known once every master has an agreed current ID.</source>
        <translation>Bekannt, sobald für jeden Master eine übereinstimmende aktuelle ID feststeht.</translation>
    </message>
    <message>
        <source>Phase B is skipped: every master already has the ID DC/OS generates.</source>
        <translation>Phase B entfällt: Jeder Master hat bereits die ID, die DC/OS erzeugt.</translation>
    </message>
    <message>
        <source>restarts in Phase B</source>
        <translation>startet in Phase B neu</translation>
    </message>
    <message>
        <source>Numbering not known yet (each restart tells)</source>
        <translation>Nummerierung noch nicht bekannt (jeder Neustart zeigt sie)</translation>
    </message>
    <message>
        <source>Old numbering (IDs as now)</source>
        <translation>Alte Nummerierung (IDs wie jetzt)</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>Ensemble</translation>
    </message>
    <message>
        <source>New numbering (DC/OS&apos;s IDs)</source>
        <translation>Neue Nummerierung (IDs von DC/OS)</translation>
    </message>
    <message>
        <source>%1 of %2 masters</source>
        <translation>%1 von %2 Mastern</translation>
    </message>
    <message>
        <source>%1 of %2 masters expected to serve: quorum</source>
        <translation>%1 von %2 Mastern bedienen voraussichtlich Anfragen: Quorum</translation>
    </message>
    <message>
        <source>%1 of %2 masters: no quorum (needs %3)</source>
        <translation>%1 von %2 Mastern: kein Quorum (benötigt %3)</translation>
    </message>
    <message>
        <source>%1 of %2 serving, leader %3: quorum</source>
        <translation>%1 von %2 bedienen Anfragen, Leader %3: Quorum</translation>
    </message>
    <message>
        <source>%1 of %2 serving: no quorum (needs %3 and a leader)</source>
        <translation>%1 von %2 bedienen Anfragen: kein Quorum (benötigt %3 und einen Leader)</translation>
    </message>
    <message>
        <source>ID %1 → %2</source>
        <translation>ID %1 → %2</translation>
    </message>
    <message>
        <source>ID %1</source>
        <translation>ID %1</translation>
    </message>
    <message>
        <source>ID unknown</source>
        <translation>ID unbekannt</translation>
    </message>
    <message>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <source>dynamic store</source>
        <translation>dynamischer Speicher</translation>
    </message>
    <message>
        <source>dynamic store (%1)</source>
        <translation>dynamischer Speicher (%1)</translation>
    </message>
    <message>
        <source>backend not known yet</source>
        <translation>Backend noch nicht bekannt</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>noch nicht bekannt</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>follower</source>
        <translation>Follower</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>bedient Anfragen</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>bedient keine Anfragen</translation>
    </message>
    <message>
        <source>down</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>role unknown</source>
        <translation>Rolle unbekannt</translation>
    </message>
    <message>
        <source>old numbering</source>
        <translation>alte Nummerierung</translation>
    </message>
    <message>
        <source>new numbering</source>
        <translation>neue Nummerierung</translation>
    </message>
    <message>
        <source>numbering not known yet</source>
        <translation>Nummerierung noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 (the leader) restarts only in Phase B: one election fewer.</source>
        <translation>%1 (der Leader) startet erst in Phase B neu: eine Leader-Wahl weniger.</translation>
    </message>
</context>
<context>
    <name>EnsembleDiagramView</name>
    <message>
        <source>Ensemble diagram</source>
        <translation>Ensemble-Diagramm</translation>
    </message>
    <message>
        <source>Ensemble diagram: %1</source>
        <translation>Ensemble-Diagramm: %1</translation>
    </message>
    <message>
        <source>No masters to show yet.</source>
        <translation>Noch keine Master anzuzeigen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EnsemblePreviewPanel</name>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>After Phase A</source>
        <translation>Nach Phase A</translation>
    </message>
    <message>
        <source>After Phase B</source>
        <translation>Nach Phase B</translation>
    </message>
    <message>
        <source>After Phase B (skipped)</source>
        <translation>Nach Phase B (entfällt)</translation>
    </message>
</context>
<context>
    <name>ExhibitorClusterStatus</name>
    <message>
        <source>Exhibitor answered with malformed JSON: %1</source>
        <translation>Exhibitor antwortete mit fehlerhaftem JSON: %1</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s cluster status is not a list of servers</source>
        <translation>Der Cluster-Status von Exhibitor ist keine Liste von Servern</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s cluster status contains an entry that is not a server</source>
        <translation>Der Cluster-Status von Exhibitor enthält einen Eintrag, der kein Server ist</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s cluster status names a server without a hostname</source>
        <translation>Der Cluster-Status von Exhibitor nennt einen Server ohne Hostnamen</translation>
    </message>
</context>
<context>
    <name>ExhibitorKick</name>
    <message>
        <source>cannot reach Exhibitor&apos;s REST through SSH (%1)</source>
        <translation>die REST-Schnittstelle von Exhibitor ist über SSH nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST is up but it does not know this master as server %1 yet (serverId %2; a ZooKeeper backend&apos;s config is read every 30 s): asking it to start ZooKeeper now would start it standalone, so waiting</source>
        <translation>Die REST-Schnittstelle von Exhibitor antwortet, aber Exhibitor kennt diesen Master noch nicht als Server %1 (serverId %2; die Konfiguration eines ZooKeeper-Backends wird alle 30 s gelesen): ZooKeeper jetzt starten zu lassen, würde ihn standalone starten, daher wird gewartet</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST answered %1 ms after the start; asked it to start ZooKeeper now (cluster/start) instead of waiting for its first instance check</source>
        <translation>Die REST-Schnittstelle von Exhibitor hat %1 ms nach dem Start geantwortet; Exhibitor wurde gebeten, ZooKeeper sofort zu starten (cluster/start), statt auf seine erste Instanzprüfung zu warten</translation>
    </message>
    <message>
        <source>Exhibitor could not be asked to start ZooKeeper (%1): it starts at Exhibitor&apos;s own first check, check-ms after Exhibitor started (30 s on DC/OS)</source>
        <translation>Exhibitor konnte nicht gebeten werden, ZooKeeper zu starten (%1): ZooKeeper startet bei Exhibitors eigener erster Prüfung, check-ms nach dem Start von Exhibitor (30 s unter DC/OS)</translation>
    </message>
</context>
<context>
    <name>ExhibitorRestProbe</name>
    <message>
        <source>Exhibitor REST not answering at %1: no answer within %2 ms</source>
        <translation>Exhibitor-REST unter %1 antwortet nicht: keine Antwort innerhalb von %2 ms</translation>
    </message>
    <message>
        <source>Exhibitor REST not answering at %1: %2</source>
        <translation>Exhibitor-REST unter %1 antwortet nicht: %2</translation>
    </message>
    <message>
        <source>Exhibitor REST at %1 answered HTTP %2</source>
        <translation>Exhibitor-REST unter %1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>Exhibitor REST at %1 answered HTTP %2, a redirect to %3, which is not followed</source>
        <translation>Exhibitor REST unter %1 hat mit HTTP %2 geantwortet, einer Weiterleitung nach %3, der nicht gefolgt wird</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(keine Zieladresse)</translation>
    </message>
    <message>
        <source>Exhibitor REST at %1 answered HTTP 401: it requires the admin password (exhibitor_admin_password in config.yaml)</source>
        <translation>Exhibitor REST unter %1 hat mit HTTP 401 geantwortet: Es verlangt das Admin-Passwort (exhibitor_admin_password in der config.yaml)</translation>
    </message>
    <message>
        <source>Exhibitor REST at %1 answered HTTP 401: it refused the admin password (exhibitor_admin_password)</source>
        <translation>Exhibitor REST unter %1 hat mit HTTP 401 geantwortet: Es hat das Admin-Passwort abgelehnt (exhibitor_admin_password)</translation>
    </message>
    <message>
        <source>Exhibitor at %1 did not accept the start: %2</source>
        <translation>Exhibitor unter %1 hat den Start nicht angenommen: %2</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST requires HTTPS with a client certificate on this master (EXHIBITOR_TLS_ENABLED=true, DC/OS Enterprise); this tool does not use the master&apos;s own certificates, so the REST is not asked</source>
        <translation>Die REST-Schnittstelle von Exhibitor verlangt auf diesem Master HTTPS mit einem Client-Zertifikat (EXHIBITOR_TLS_ENABLED=true, DC/OS Enterprise); dieses Werkzeug verwendet die eigenen Zertifikate des Masters nicht, daher wird die REST-Schnittstelle nicht gefragt</translation>
    </message>
</context>
<context>
    <name>ExhibitorSettings</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>ExhibitorState</name>
    <message>
        <source>Exhibitor answered with malformed JSON: %1</source>
        <translation>Exhibitor antwortete mit fehlerhaftem JSON: %1</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s state has no &quot;config&quot; object</source>
        <translation>Der Zustand von Exhibitor enthält kein Objekt „config“</translation>
    </message>
</context>
<context>
    <name>FileReadJob</name>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>%1 auf %2 konnte nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>FinishOperation</name>
    <message>
        <source>Write the new config.yaml and clean up</source>
        <translation>Neue config.yaml schreiben und aufräumen</translation>
    </message>
    <message>
        <source>Write %1 (exhibitor_storage_backend: static) for DC/OS&apos;s next upgrade or config change, remove the run&apos;s znodes under %2, write the report.</source>
        <translation>%1 (exhibitor_storage_backend: static) für das nächste Upgrade oder die nächste Konfigurationsänderung von DC/OS schreiben, die Znodes des Laufs unter %2 entfernen, den Bericht schreiben.</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 schreiben</translation>
    </message>
    <message>
        <source>Refusing to write over the original %1.</source>
        <translation>Das Original %1 wird nicht überschrieben.</translation>
    </message>
    <message>
        <source>The new config.yaml could not be rendered; edit a copy by hand (see the plan&apos;s issues).</source>
        <translation>Die neue config.yaml konnte nicht erzeugt werden; bearbeiten Sie eine Kopie von Hand (siehe die Probleme des Plans).</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>Migration complete. Use %1 for DC/OS from now on.</source>
        <translation>Migration abgeschlossen. Verwenden Sie ab jetzt %1 für DC/OS.</translation>
    </message>
    <message>
        <source>could not remove the write probe&apos;s znodes: %1</source>
        <translation>die Znodes der Schreibprobe konnten nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>ForwardServer</name>
    <message>
        <source>%1 could not connect to %2:%3: %4</source>
        <translation>%1 konnte keine Verbindung zu %2:%3 herstellen: %4</translation>
    </message>
    <message>
        <source>%1 could not open a channel for %2:%3: %4</source>
        <translation>%1 konnte keinen Kanal für %2:%3 öffnen: %4</translation>
    </message>
    <message>
        <source>%1: refused a connection to the forward for %2:%3 from %4:%5: it is not one of this program&apos;s own (another user or program on this machine)</source>
        <translation>%1: Verbindung zur Weiterleitung nach %2:%3 von %4:%5 abgewiesen: Sie gehört nicht zu diesem Programm (ein anderer Benutzer oder ein anderes Programm auf diesem Rechner)</translation>
    </message>
</context>
<context>
    <name>FourLetterWordProbe</name>
    <message>
        <source>the reply from %1:%2 is too large</source>
        <translation>die Antwort von %1:%2 ist zu groß</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2 did not answer within %3 ms</source>
        <translation>%1:%2 antwortete nicht innerhalb von %3 ms</translation>
    </message>
</context>
<context>
    <name>FourLetterWordReply</name>
    <message>
        <source>%1: not reachable: %2</source>
        <translation>%1: nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1: empty reply</source>
        <translation>%1: leere Antwort</translation>
    </message>
    <message>
        <source>%1: this ZooKeeper server is not serving requests</source>
        <translation>%1: dieser ZooKeeper-Server bedient keine Anfragen</translation>
    </message>
    <message>
        <source>%1: refused, the word is not in 4lw.commands.whitelist</source>
        <translation>%1: abgelehnt, das Wort steht nicht in 4lw.commands.whitelist</translation>
    </message>
    <message>
        <source>ruok: imok</source>
        <translation>ruok: imok</translation>
    </message>
    <message>
        <source>ruok: unexpected answer</source>
        <translation>ruok: unerwartete Antwort</translation>
    </message>
    <message>
        <source>conf: serverId %1</source>
        <translation>conf: serverId %1</translation>
    </message>
    <message>
        <source>%1: %2, zxid 0x%3</source>
        <translation>%1: %2, zxid 0x%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>beantwortet</translation>
    </message>
</context>
<context>
    <name>GateWaiter</name>
    <message>
        <source>settle gate (%1): %2</source>
        <translation>Settle-Gate (%1): %2</translation>
    </message>
    <message>
        <source>%1 did not settle within %2 s; still waiting for: %3. The run stops here: nothing else is restarted. Check the master (journalctl -u %4), then resume or roll back.</source>
        <translation>%1 hat sich nicht innerhalb von %2 s stabilisiert; es fehlt noch: %3. Der Lauf hält hier an: Nichts weiteres wird neu gestartet. Prüfen Sie den Master (journalctl -u %4), dann setzen Sie fort oder rollen zurück.</translation>
    </message>
    <message>
        <source>waiting (%1 ms): %2</source>
        <translation>warte (%1 ms): %2</translation>
    </message>
    <message>
        <source>%1 settled after %2 ms: %3</source>
        <translation>%1 hat sich nach %2 ms stabilisiert: %3</translation>
    </message>
    <message>
        <source>the test write to %1</source>
        <translation>der Testschreibvorgang nach %1</translation>
    </message>
    <message>
        <source>the test write failed: %1</source>
        <translation>der Testschreibvorgang ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Seen meanwhile: %1.</source>
        <translation>Zwischenzeitlich beobachtet: %1.</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>&amp;Einmal akzeptieren</translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation>Akzeptieren und &amp;speichern</translation>
    </message>
    <message>
        <source>Unknown host key of %1</source>
        <translation>Unbekannter Host-Schlüssel von %1</translation>
    </message>
    <message>
        <source>The master %1 presents a host key that is not in your known_hosts file. Compare its fingerprint with the one the master&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub on the master) before you accept it.</source>
        <translation>Der Master %1 zeigt einen Host-Schlüssel, der nicht in Ihrer known_hosts-Datei steht. Vergleichen Sie seinen Fingerabdruck mit dem, den Ihnen der Administrator des Masters nennt (ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub auf dem Master), bevor Sie ihn akzeptieren.</translation>
    </message>
    <message>
        <source>Master:</source>
        <translation>Master:</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>Host und Port</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>Schlüsseltyp:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>Schlüsseltyp</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>SHA256-Fingerabdruck</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Fingerabdruck:</translation>
    </message>
    <message>
        <source>known_hosts:</source>
        <translation>known_hosts:</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts-Datei</translation>
    </message>
    <message>
        <source>Reject the host key</source>
        <translation>Host-Schlüssel ablehnen</translation>
    </message>
    <message>
        <source>Accept the host key for this run only</source>
        <translation>Host-Schlüssel nur für diesen Lauf akzeptieren</translation>
    </message>
    <message>
        <source>Accept the host key and save it in known_hosts</source>
        <translation>Host-Schlüssel akzeptieren und in known_hosts speichern</translation>
    </message>
    <message>
        <source>Adds the key to %1, so later connections do not ask again.</source>
        <translation>Fügt den Schlüssel zu %1 hinzu, sodass spätere Verbindungen nicht erneut fragen.</translation>
    </message>
</context>
<context>
    <name>HttpSpecReader</name>
    <message>
        <source>no answer for %1 within %2 s; check that this workstation reaches it (proxy, firewall)</source>
        <translation>keine Antwort für %1 innerhalb von %2 s; prüfen Sie, ob diese Arbeitsstation es erreicht (Proxy, Firewall)</translation>
    </message>
    <message>
        <source>backend: reading %1 from this workstation</source>
        <translation>Backend: %1 wird von dieser Arbeitsstation gelesen</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: not an Exhibitor shared config</source>
        <translation>%1 ist größer als %2 KiB: keine gemeinsame Konfiguration von Exhibitor</translation>
    </message>
    <message>
        <source>%1 is empty: Exhibitor has not written its shared config there</source>
        <translation>%1 ist leer: Exhibitor hat seine gemeinsame Konfiguration dort nicht geschrieben</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 hat kein %2</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>Cl&amp;ear list</source>
        <translation>Liste lee&amp;ren</translation>
    </message>
    <message>
        <source>Import the cluster&apos;s configuration</source>
        <translation>Konfiguration des Clusters importieren</translation>
    </message>
    <message>
        <source>Open the config.yaml the cluster was installed with (genconf/config.yaml on the bootstrap node). Nothing on the cluster changes until you confirm the migration.</source>
        <translation>Öffnen Sie die config.yaml, mit der der Cluster installiert wurde (genconf/config.yaml auf dem Bootstrap-Knoten). Am Cluster ändert sich nichts, bevor Sie die Migration bestätigen.</translation>
    </message>
    <message>
        <source>config.&amp;yaml file:</source>
        <translation>config.&amp;yaml-Datei:</translation>
    </message>
    <message>
        <source>Path of config.yaml</source>
        <translation>Pfad der config.yaml</translation>
    </message>
    <message>
        <source>/path/to/genconf/config.yaml</source>
        <translation>/pfad/zu/genconf/config.yaml</translation>
    </message>
    <message>
        <source>Browse for config.yaml</source>
        <translation>Nach der config.yaml suchen</translation>
    </message>
    <message>
        <source>Load config.yaml</source>
        <translation>config.yaml laden</translation>
    </message>
    <message>
        <source>&amp;Recent clusters:</source>
        <translation>Zuletzt &amp;verwendete Cluster:</translation>
    </message>
    <message>
        <source>Recent clusters</source>
        <translation>Zuletzt verwendete Cluster</translation>
    </message>
    <message>
        <source>Double-click or press Enter to load a config.yaml you opened before.</source>
        <translation>Doppelklicken oder die Eingabetaste drücken, um eine früher geöffnete config.yaml zu laden.</translation>
    </message>
    <message>
        <source>Clear the list of recent clusters</source>
        <translation>Liste der zuletzt verwendeten Cluster leeren</translation>
    </message>
    <message>
        <source>You can also drop a config.yaml onto this page.</source>
        <translation>Sie können eine config.yaml auch auf diese Seite ziehen.</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Loaded configuration</source>
        <translation>Geladene Konfiguration</translation>
    </message>
    <message>
        <source>Type the path of config.yaml, choose it with Browse, or use the demo cluster.</source>
        <translation>Geben Sie den Pfad der config.yaml ein, wählen Sie die Datei mit „Durchsuchen“ aus oder verwenden Sie den Demo-Cluster.</translation>
    </message>
    <message>
        <source>Open config.yaml</source>
        <translation>config.yaml öffnen</translation>
    </message>
    <message>
        <source>DC/OS configuration (*.yaml *.yml);;All files (*)</source>
        <translation>DC/OS-Konfiguration (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the demo cluster</source>
        <translation>Demo-Cluster</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: cluster &quot;%2&quot;, %n master(s), Exhibitor storage backend &quot;%3&quot;.</source>
        <translation>
            <numerusform>Geladen: %1 – Cluster „%2“, %n Master, Exhibitor-Storage-Backend „%3“.</numerusform>
            <numerusform>Geladen: %1 – Cluster „%2“, %n Master, Exhibitor-Storage-Backend „%3“.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tart the demo cluster</source>
        <translation>Demo-Cluster s&amp;tarten</translation>
    </message>
    <message>
        <source>Connect to the r&amp;unning demo</source>
        <translation>Mit dem laufenden Demo-&amp;Cluster verbinden</translation>
    </message>
    <message>
        <source>Cancel the demo&apos;&amp;s start</source>
        <translation>Start des Demo-Clusters a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Start the demo cluster</source>
        <translation>Demo-Cluster starten</translation>
    </message>
    <message>
        <source>Starts a simulated cluster on this machine (real sshd and ZooKeeper per master) and sets everything up to migrate it. Needs root.</source>
        <translation>Startet einen simulierten Cluster auf diesem Rechner (echter sshd und ZooKeeper pro Master) und richtet alles für seine Migration ein. Braucht root-Rechte.</translation>
    </message>
    <message>
        <source>Connect to the running demo cluster</source>
        <translation>Mit dem laufenden Demo-Cluster verbinden</translation>
    </message>
    <message>
        <source>Uses a demo cluster that was started already, e.g. with sudo.</source>
        <translation>Verwendet einen bereits gestarteten Demo-Cluster, z. B. mit sudo gestartet.</translation>
    </message>
    <message>
        <source>Cancel starting the demo cluster</source>
        <translation>Start des Demo-Clusters abbrechen</translation>
    </message>
    <message>
        <source>Demo cluster progress</source>
        <translation>Fortschritt des Demo-Clusters</translation>
    </message>
    <message>
        <source>The demo cluster runs on this machine; the connection settings to reach it are filled in.</source>
        <translation>Der Demo-Cluster läuft auf diesem Rechner; die Verbindungseinstellungen, um ihn zu erreichen, sind eingetragen.</translation>
    </message>
    <message>
        <source>Use the &amp;demo&apos;s config.yaml</source>
        <translation>config.yaml der &amp;Demo verwenden</translation>
    </message>
    <message>
        <source>Use the demo cluster&apos;s config.yaml only</source>
        <translation>Nur die config.yaml des Demo-Clusters verwenden</translation>
    </message>
    <message>
        <source>Loads the bundled demo cluster&apos;s config.yaml and the IDs its masters use, without starting the cluster: enough to look at the plan.</source>
        <translation>Lädt die config.yaml des mitgelieferten Demo-Clusters und die IDs, die seine Master verwenden, ohne den Cluster zu starten: genug, um sich den Plan anzusehen.</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Information</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a directory</source>
        <translation>ein Verzeichnis</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>ein FIFO (benannte Pipe)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>Cannot read the file (%1). Check the path, and that your user may read it.</source>
        <translation>Die Datei kann nicht gelesen werden (%1). Prüfen Sie den Pfad und ob Ihr Benutzer sie lesen darf.</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s genconf/config.yaml.</source>
        <translation>Geben Sie die genconf/config.yaml des Clusters an.</translation>
    </message>
    <message>
        <source>Give an ids file (one &quot;&lt;ip&gt; &lt;id&gt;&quot; line per master) or the output of &quot;exhibitor-migrate discover --format json&quot;.</source>
        <translation>Geben Sie eine ID-Datei an (eine Zeile „&lt;ip&gt; &lt;id&gt;“ je Master) oder die Ausgabe von „exhibitor-migrate discover --format json“.</translation>
    </message>
    <message>
        <source>Save only the recent part, such as journalctl -u dcos-exhibitor --since -7d.</source>
        <translation>Speichern Sie nur den jüngsten Teil, etwa mit journalctl -u dcos-exhibitor --since -7d.</translation>
    </message>
    <message>
        <source>This is %1, not a file: it is not read, because reading it could block or never end. %2</source>
        <translation>Dies ist %1, keine Datei: Es wird nicht gelesen, weil das Lesen blockieren oder nie enden könnte. %2</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 such a file can be here, so it is not read. %3</source>
        <translation>Die Datei ist %1 groß, mehr als die %2, die eine solche Datei hier haben darf; sie wird daher nicht gelesen. %3</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n Byte</numerusform>
            <numerusform>%n Bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectOperation</name>
    <message>
        <source>Read the state of every master</source>
        <translation>Zustand jedes Masters lesen</translation>
    </message>
    <message>
        <source>Read-only: env file, %1, zoo.cfg, srvr and conf on every master.</source>
        <translation>Nur lesend: Env-Datei, %1, zoo.cfg, srvr und conf auf jedem Master.</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>not connected: %1</source>
        <translation>nicht verbunden: %1</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>%1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>backend %1%2; %3; runs %4; %5</source>
        <translation>Backend %1%2; %3; läuft mit %4; %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>exhibitor.orig sha256 %1</source>
        <translation>exhibitor.orig sha256 %1</translation>
    </message>
    <message>
        <source>no exhibitor.orig</source>
        <translation>kein exhibitor.orig</translation>
    </message>
    <message>
        <source>unknown numbering</source>
        <translation>unbekannter Nummerierung</translation>
    </message>
    <message>
        <source>exhibitor.orig changed since the run backed it up (sha256 %1 then)</source>
        <translation>exhibitor.orig hat sich geändert, seit der Lauf es gesichert hat (damals sha256 %1)</translation>
    </message>
    <message>
        <source>exhibitor.orig on %1 is not the run&apos;s backup any more.</source>
        <translation>exhibitor.orig auf %1 ist nicht mehr die Sicherung dieses Laufs.</translation>
    </message>
    <message>
        <source>Cannot connect to %1; nothing was changed.</source>
        <translation>Keine Verbindung zu %1 möglich; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Every master&apos;s state is read.</source>
        <translation>Der Zustand jedes Masters ist gelesen.</translation>
    </message>
</context>
<context>
    <name>JournalFollowers</name>
    <message>
        <source>journalctl exited with status %1</source>
        <translation>journalctl endete mit Status %1</translation>
    </message>
    <message>
        <source>journalctl exited with status %1: %2</source>
        <translation>journalctl endete mit Status %1: %2</translation>
    </message>
    <message>
        <source>journalctl ended</source>
        <translation>journalctl wurde beendet</translation>
    </message>
    <message>
        <source>The live journal of %1 is not shown for the rest of this run: %2 (the run itself is not affected).</source>
        <translation>Das Live-Journal von %1 wird für den Rest dieses Laufs nicht angezeigt: %2 (der Lauf selbst ist nicht betroffen).</translation>
    </message>
</context>
<context>
    <name>KnownFailures</name>
    <message>
        <source>start_exhibitor.py refused to start: this master is not in the static ensemble</source>
        <translation>start_exhibitor.py hat den Start verweigert: Dieser Master ist nicht im statischen Ensemble</translation>
    </message>
    <message>
        <source>With EXHIBITOR_BACKEND=STATIC, start_exhibitor.py compares the address ip-detect returns with every address of EXHIBITOR_STATICENSEMBLE (exact text, no S:/O: prefixes) and exits 1 when it is missing; systemd starts it again every 5 s and ZooKeeper never starts on this master. Put this master&apos;s address, exactly as ip-detect prints it, into the ensemble of every master&apos;s /opt/mesosphere/etc/exhibitor (or roll back with &quot;exhibitor-migrate rollback&quot;), and check that ip-detect returns the address that master_list has.</source>
        <translation>Mit EXHIBITOR_BACKEND=STATIC vergleicht start_exhibitor.py die Adresse, die ip-detect liefert, mit jeder Adresse von EXHIBITOR_STATICENSEMBLE (exakter Text, ohne Präfixe S:/O:) und beendet sich mit 1, wenn sie fehlt; systemd startet es alle 5 s erneut, und ZooKeeper startet auf diesem Master nie. Tragen Sie die Adresse dieses Masters genau so, wie ip-detect sie ausgibt, in das Ensemble von /opt/mesosphere/etc/exhibitor auf jedem Master ein (oder rollen Sie mit „exhibitor-migrate rollback“ zurück), und prüfen Sie, ob ip-detect die Adresse liefert, die in master_list steht.</translation>
    </message>
    <message>
        <source>start_exhibitor.py: a variable of the env file is missing</source>
        <translation>start_exhibitor.py: Eine Variable der Env-Datei fehlt</translation>
    </message>
    <message>
        <source>start_exhibitor.py needs the named variable in /opt/mesosphere/etc/exhibitor (for the static backend EXHIBITOR_BACKEND and EXHIBITOR_STATICENSEMBLE). Compare the env file with exhibitor.orig and with the plan&apos;s static file; restore exhibitor.orig if in doubt.</source>
        <translation>start_exhibitor.py benötigt die genannte Variable in /opt/mesosphere/etc/exhibitor (für das statische Backend EXHIBITOR_BACKEND und EXHIBITOR_STATICENSEMBLE). Vergleichen Sie die Env-Datei mit exhibitor.orig und mit der statischen Datei des Plans; stellen Sie im Zweifel exhibitor.orig wieder her.</translation>
    </message>
    <message>
        <source>start_exhibitor.py: EXHIBITOR_BACKEND has a value it does not know</source>
        <translation>start_exhibitor.py: EXHIBITOR_BACKEND hat einen Wert, den es nicht kennt</translation>
    </message>
    <message>
        <source>EXHIBITOR_BACKEND must be one of STATIC, ZK, AWS_S3, AZURE, GCS or SHARED_FS. The env file was changed by hand or written incompletely; restore exhibitor.orig or write the plan&apos;s static file again.</source>
        <translation>EXHIBITOR_BACKEND muss STATIC, ZK, AWS_S3, AZURE, GCS oder SHARED_FS sein. Die Env-Datei wurde von Hand geändert oder unvollständig geschrieben; stellen Sie exhibitor.orig wieder her oder schreiben Sie die statische Datei des Plans erneut.</translation>
    </message>
    <message>
        <source>ip-detect did not print an IPv4 address</source>
        <translation>ip-detect hat keine IPv4-Adresse ausgegeben</translation>
    </message>
    <message>
        <source>start_exhibitor.py and the TLS bootstrap run /opt/mesosphere/bin/detect_ip and need one IPv4 address. Run it on the master and fix the ip-detect script; nothing else about Exhibitor can work before.</source>
        <translation>start_exhibitor.py und das TLS-Bootstrap führen /opt/mesosphere/bin/detect_ip aus und benötigen genau eine IPv4-Adresse. Führen Sie es auf dem Master aus und korrigieren Sie das ip-detect-Skript; vorher kann nichts anderes an Exhibitor funktionieren.</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s TLS bootstrap failed and TLS is required</source>
        <translation>Das TLS-Bootstrap von Exhibitor ist fehlgeschlagen, und TLS ist erforderlich</translation>
    </message>
    <message>
        <source>EXHIBITOR_TLS_REQUIRED=true makes the ExecStartPre exit 1 when no certificate could be made, so Exhibitor never starts. Keep the env file&apos;s EXHIBITOR_TLS_ENABLED, EXHIBITOR_BOOTSTRAP_CA_URL and BOOTSTRAP_URL lines exactly as they were, and check that the bootstrap CA is reachable.</source>
        <translation>Mit EXHIBITOR_TLS_REQUIRED=true beendet sich ExecStartPre mit 1, wenn kein Zertifikat erstellt werden konnte, sodass Exhibitor nie startet. Lassen Sie die Zeilen EXHIBITOR_TLS_ENABLED, EXHIBITOR_BOOTSTRAP_CA_URL und BOOTSTRAP_URL der Env-Datei genau so, wie sie waren, und prüfen Sie, ob die Bootstrap-CA erreichbar ist.</translation>
    </message>
    <message>
        <source>Exhibitor started ZooKeeper alone (standalone)</source>
        <translation>Exhibitor hat ZooKeeper allein gestartet (standalone)</translation>
    </message>
    <message>
        <source>Exhibitor found this host in no server spec, deleted myid and started ZooKeeper standalone: it serves its own copy of the data, apart from the ensemble. Stop dcos-exhibitor on this master, give it an ensemble that contains it (or roll back), and start it again.</source>
        <translation>Exhibitor hat diesen Host in keiner Server-Spec gefunden, myid gelöscht und ZooKeeper standalone gestartet: Er bedient seine eigene Kopie der Daten, getrennt vom Ensemble. Halten Sie dcos-exhibitor auf diesem Master an, geben Sie ihm ein Ensemble, das diesen Master enthält (oder rollen Sie zurück), und starten Sie es erneut.</translation>
    </message>
    <message>
        <source>Exhibitor could not take its config lock</source>
        <translation>Exhibitor konnte seine Konfigurationssperre nicht erhalten</translation>
    </message>
    <message>
        <source>Another Exhibitor is changing the shared config (a rolling change) or the backend is unreachable. Wait for the roll to end (Exhibitor&apos;s UI, rollInProgress) and check the backend&apos;s ZooKeeper, S3 or Azure access from this master.</source>
        <translation>Ein anderer Exhibitor ändert gerade die gemeinsame Konfiguration (eine rollierende Änderung), oder das Backend ist nicht erreichbar. Warten Sie, bis die rollierende Änderung endet (Oberfläche von Exhibitor, rollInProgress), und prüfen Sie von diesem Master aus den Zugriff auf ZooKeeper, S3 oder Azure des Backends.</translation>
    </message>
    <message>
        <source>Exhibitor gave up reaching its config backend</source>
        <translation>Exhibitor hat es aufgegeben, sein Konfigurations-Backend zu erreichen</translation>
    </message>
    <message>
        <source>The shared config&apos;s store (exhibitor_zk_hosts, S3, Azure) did not answer. Check that it is up and reachable from this master; the env file&apos;s backend lines must be those of exhibitor.orig until the switch.</source>
        <translation>Der Speicher der gemeinsamen Konfiguration (exhibitor_zk_hosts, S3, Azure) hat nicht geantwortet. Prüfen Sie, ob er läuft und von diesem Master aus erreichbar ist; die Backend-Zeilen der Env-Datei müssen bis zum Wechsel die von exhibitor.orig sein.</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s myid file is missing</source>
        <translation>Die myid-Datei von ZooKeeper fehlt</translation>
    </message>
    <message>
        <source>A ZooKeeper in an ensemble needs /var/lib/dcos/exhibitor/zookeeper/snapshot/myid. Exhibitor writes it at every ZooKeeper start from its server spec, and deletes it when this host is not in the spec. Make the ensemble contain this master (or roll back), then restart dcos-exhibitor.</source>
        <translation>Ein ZooKeeper in einem Ensemble benötigt /var/lib/dcos/exhibitor/zookeeper/snapshot/myid. Exhibitor schreibt die Datei bei jedem Start von ZooKeeper aus seiner Server-Spec und löscht sie, wenn dieser Host nicht in der Spec steht. Sorgen Sie dafür, dass das Ensemble diesen Master enthält (oder rollen Sie zurück), und starten Sie dann dcos-exhibitor neu.</translation>
    </message>
    <message>
        <source>A disk of the master is full</source>
        <translation>Ein Datenträger des Masters ist voll</translation>
    </message>
    <message>
        <source>ZooKeeper cannot write its transaction log or snapshot (/var/lib/dcos/exhibitor), or the env file&apos;s file system (/opt/mesosphere) is full. Free space (df -h /var/lib/dcos /opt/mesosphere; old snapshots, logs), then restart dcos-exhibitor. Do not delete ZooKeeper&apos;s newest snapshot or log.</source>
        <translation>ZooKeeper kann sein Transaktionslog oder seinen Snapshot nicht schreiben (/var/lib/dcos/exhibitor), oder das Dateisystem der Env-Datei (/opt/mesosphere) ist voll. Geben Sie Speicherplatz frei (df -h /var/lib/dcos /opt/mesosphere; alte Snapshots, Logs) und starten Sie dann dcos-exhibitor neu. Löschen Sie nicht den neuesten Snapshot oder das neueste Log von ZooKeeper.</translation>
    </message>
    <message>
        <source>A ZooKeeper or Exhibitor port is taken</source>
        <translation>Ein Port von ZooKeeper oder Exhibitor ist belegt</translation>
    </message>
    <message>
        <source>Another process listens on 2181, 2888, 3888 or 8181, usually a ZooKeeper left over from an earlier start. Find it (ss -ltnp), stop it, and restart dcos-exhibitor.</source>
        <translation>Ein anderer Prozess lauscht auf 2181, 2888, 3888 oder 8181, meist ein ZooKeeper, der von einem früheren Start übrig ist. Suchen Sie ihn (ss -ltnp), beenden Sie ihn und starten Sie dcos-exhibitor neu.</translation>
    </message>
    <message>
        <source>A connection was refused</source>
        <translation>Eine Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>The named peer&apos;s ZooKeeper (2181/2888/3888) or Exhibitor (8181) is not listening. Expected for a few seconds while a master restarts; if it lasts, look at that master&apos;s own findings and journal.</source>
        <translation>ZooKeeper (2181/2888/3888) oder Exhibitor (8181) des genannten Peers lauscht nicht. Während ein Master neu startet, ist das für einige Sekunden so erwartet; hält es an, sehen Sie sich die Befunde und das Journal dieses Masters an.</translation>
    </message>
    <message>
        <source>ZooKeeper exited at start</source>
        <translation>ZooKeeper hat sich beim Start beendet</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s JVM stopped during its start; the lines just after this one in the journal say why (myid, zoo.cfg, disk, port). Exhibitor starts it again at its next check.</source>
        <translation>Die JVM von ZooKeeper hat sich während des Starts beendet; die Zeilen direkt danach im Journal nennen den Grund (myid, zoo.cfg, Datenträger, Port). Exhibitor startet ZooKeeper bei seiner nächsten Prüfung erneut.</translation>
    </message>
    <message>
        <source>The process ran out of file descriptors</source>
        <translation>Dem Prozess sind die Dateideskriptoren ausgegangen</translation>
    </message>
    <message>
        <source>dcos-exhibitor&apos;s unit sets LimitNOFILE=16384; a client leaking connections can exhaust it. Look at the connections (mntr&apos;s zk_num_alive_connections, cons) and restart the clients that leak.</source>
        <translation>Die Unit von dcos-exhibitor setzt LimitNOFILE=16384; ein Client, der Verbindungen nicht wieder schließt, kann das ausschöpfen. Sehen Sie sich die Verbindungen an (zk_num_alive_connections von mntr, cons) und starten Sie die betroffenen Clients neu.</translation>
    </message>
    <message>
        <source>A JVM ran out of memory</source>
        <translation>Einer JVM ist der Speicher ausgegangen</translation>
    </message>
    <message>
        <source>ZooKeeper or Exhibitor ran out of heap, often with a very large tree. Check mntr&apos;s zk_approximate_data_size and the heap set in Exhibitor&apos;s java environment; restart dcos-exhibitor.</source>
        <translation>ZooKeeper oder Exhibitor hat keinen Heap mehr, oft bei einem sehr großen Baum. Prüfen Sie zk_approximate_data_size von mntr und den in der Java-Umgebung von Exhibitor gesetzten Heap; starten Sie dcos-exhibitor neu.</translation>
    </message>
    <message>
        <source>ZooKeeper runs but has no quorum</source>
        <translation>ZooKeeper läuft, hat aber kein Quorum</translation>
    </message>
    <message>
        <source>Expected on the first masters restarted in Phase B until a majority runs the new numbering. Lasting elsewhere, the masters do not agree on one ensemble: compare the env files and zoo.cfg of all masters.</source>
        <translation>Auf den ersten in Phase B neu gestarteten Mastern so erwartet, bis eine Mehrheit mit der neuen Nummerierung läuft. Hält es in anderen Fällen an, sind sich die Master über das Ensemble nicht einig: Vergleichen Sie die Env-Dateien und zoo.cfg aller Master.</translation>
    </message>
    <message>
        <source>ZooKeeper is not serving</source>
        <translation>ZooKeeper bedient keine Anfragen</translation>
    </message>
    <message>
        <source>The server is up but in no quorum (election in progress, or too few peers reachable). If it lasts, compare zoo.cfg&apos;s server lines across the masters and look for refused connections.</source>
        <translation>Der Server läuft, gehört aber zu keinem Quorum (Wahl läuft, oder zu wenige Peers erreichbar). Hält es an, vergleichen Sie die server-Zeilen von zoo.cfg auf allen Mastern und suchen Sie nach abgelehnten Verbindungen.</translation>
    </message>
    <message>
        <source>A four-letter word is disabled</source>
        <translation>Ein Vier-Buchstaben-Wort ist deaktiviert</translation>
    </message>
    <message>
        <source>ZooKeeper 3.5+ answers only whitelisted words (4lw.commands.whitelist). Not a failure; the answers of the other words are in the bundle.</source>
        <translation>ZooKeeper 3.5+ beantwortet nur freigegebene Wörter (4lw.commands.whitelist). Kein Fehler; die Antworten der anderen Wörter sind im Paket.</translation>
    </message>
    <message>
        <source>systemd reports dcos-exhibitor failed</source>
        <translation>systemd meldet dcos-exhibitor als fehlgeschlagen</translation>
    </message>
    <message>
        <source>The unit&apos;s start failed; the lines before this one say why. With Restart=always it is retried every 5 s, so the same failure repeats in the journal.</source>
        <translation>Der Start der Unit ist fehlgeschlagen; die Zeilen davor nennen den Grund. Mit Restart=always wird er alle 5 s wiederholt, daher wiederholt sich derselbe Fehler im Journal.</translation>
    </message>
    <message>
        <source>The static ensemble does not contain this master</source>
        <translation>Das statische Ensemble enthält diesen Master nicht</translation>
    </message>
    <message>
        <source>%1 is not among the ensemble&apos;s addresses (%2): start_exhibitor.py will refuse to start Exhibitor here (&quot;is not in the configured list of masters&quot;). Write the plan&apos;s ensemble to this master&apos;s env file or roll back.</source>
        <translation>%1 ist nicht unter den Adressen des Ensembles (%2): start_exhibitor.py wird sich hier weigern, Exhibitor zu starten („is not in the configured list of masters“). Schreiben Sie das Ensemble des Plans in die Env-Datei dieses Masters oder rollen Sie zurück.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>LiveClientsPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Live clients</source>
        <translation>Live-Clients</translation>
    </message>
    <message>
        <source>Live clients: the run&apos;s write probe</source>
        <translation>Live-Clients: die Schreibprobe des Laufs</translation>
    </message>
    <message>
        <source>Writes per second</source>
        <translation>Schreibvorgänge pro Sekunde</translation>
    </message>
    <message>
        <source>Acknowledged writes</source>
        <translation>Bestätigte Schreibvorgänge</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>Fehlgeschlagene Schreibvorgänge</translation>
    </message>
    <message>
        <source>Longest time without an acknowledged write</source>
        <translation>Längste Zeit ohne bestätigten Schreibvorgang</translation>
    </message>
    <message>
        <source>Client sessions alive</source>
        <translation>Aktive Client-Sitzungen</translation>
    </message>
    <message>
        <source>Writes per second:</source>
        <translation>Schreibvorgänge pro Sekunde:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>Bestätigt:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>Longest gap:</source>
        <translation>Längste Lücke:</translation>
    </message>
    <message>
        <source>Sessions alive:</source>
        <translation>Aktive Sitzungen:</translation>
    </message>
    <message>
        <source>The run&apos;s write probe writes to ZooKeeper all through the restarts, like the cluster&apos;s own clients do.</source>
        <translation>Die Schreibprobe des Laufs schreibt während aller Neustarts in ZooKeeper, wie es die eigenen Clients des Clusters tun.</translation>
    </message>
    <message>
        <source>The write probe has stopped; Verify checks that every write it had acknowledged is still there.</source>
        <translation>Die Schreibprobe ist beendet; die Überprüfung stellt sicher, dass jeder bestätigte Schreibvorgang der Probe noch vorhanden ist.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Find &amp;next</source>
        <translation>&amp;Nächsten suchen</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>&amp;Folgen</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Sp&amp;eichern…</translation>
    </message>
    <message>
        <source>Show the log of</source>
        <translation>Protokoll anzeigen von</translation>
    </message>
    <message>
        <source>Show these log lines</source>
        <translation>Diese Protokollzeilen anzeigen</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <source>Commands and output</source>
        <translation>Befehle und Ausgaben</translation>
    </message>
    <message>
        <source>Output only</source>
        <translation>Nur Ausgaben</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>Im Protokoll suchen</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>Suchen …</translation>
    </message>
    <message>
        <source>Find the next matching log line</source>
        <translation>Nächste passende Protokollzeile suchen</translation>
    </message>
    <message>
        <source>Follow the newest log line</source>
        <translation>Der neuesten Protokollzeile folgen</translation>
    </message>
    <message>
        <source>Copy the log lines shown</source>
        <translation>Angezeigte Protokollzeilen kopieren</translation>
    </message>
    <message>
        <source>Save the log lines shown to a file</source>
        <translation>Angezeigte Protokollzeilen in einer Datei speichern</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Protokoll des Laufs</translation>
    </message>
    <message>
        <source>&amp;Master:</source>
        <translation>&amp;Master:</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation>Konnte nicht in %1 speichern.</translation>
    </message>
    <message>
        <source>All masters</source>
        <translation>Alle Master</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the lines shown.</source>
        <translation>„%1“ steht nicht in den angezeigten Zeilen.</translation>
    </message>
    <message>
        <source>Copied the selected lines.</source>
        <translation>Die ausgewählten Zeilen wurden kopiert.</translation>
    </message>
    <message>
        <source>Copied the lines shown.</source>
        <translation>Die angezeigten Zeilen wurden kopiert.</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>Protokoll speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Without the masters&apos; journals</source>
        <translation>Ohne die Journale der Master</translation>
    </message>
    <message>
        <source>Masters&apos; journals only</source>
        <translation>Nur die Journale der Master</translation>
    </message>
</context>
<context>
    <name>MasterCredentialsSpecReader</name>
    <message>
        <source>no answer from reading %1 on %2 within %3 s</source>
        <translation>keine Antwort beim Lesen von %1 auf %2 innerhalb von %3 s</translation>
    </message>
    <message>
        <source>config.yaml has no credentials for %1 and no master is connected to read them from %2</source>
        <translation>config.yaml hat keine Zugangsdaten für %1, und kein Master ist verbunden, um sie aus %2 zu lesen</translation>
    </message>
    <message>
        <source>config.yaml has no credentials for %1 and the master&apos;s copy cannot be read: %2</source>
        <translation>config.yaml hat keine Zugangsdaten für %1, und die Kopie des Masters kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>credentials from %1:%2</source>
        <translation>Zugangsdaten aus %1:%2</translation>
    </message>
</context>
<context>
    <name>MasterDiscovery</name>
    <message>
        <source>agreed</source>
        <translation>übereinstimmend</translation>
    </message>
    <message>
        <source>DISAGREE</source>
        <translation>WIDERSPRUCH</translation>
    </message>
    <message>
        <source>no ID</source>
        <translation>keine ID</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 meldet %2</translation>
    </message>
    <message>
        <source>%1 say %2</source>
        <translation>%1 melden %2</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: keine Verbindung möglich: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the Exhibitor env file: %2</source>
        <translation>%1: die Env-Datei von Exhibitor kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the ID sources disagree: %2. Find out which ID this ZooKeeper server really has before migrating; the wizard never picks one.</source>
        <translation>%1: Die ID-Quellen widersprechen sich: %2. Finden Sie vor der Migration heraus, welche ID dieser ZooKeeper-Server wirklich hat; der Assistent wählt nie selbst eine aus.</translation>
    </message>
    <message>
        <source>%1: no source gave an ID (%2). Read it on the master (cat /var/lib/dcos/exhibitor/zookeeper/snapshot/myid) and supply the IDs by hand.</source>
        <translation>%1: Keine Quelle lieferte eine ID (%2). Lesen Sie sie auf dem Master aus (cat /var/lib/dcos/exhibitor/zookeeper/snapshot/myid) und geben Sie die IDs von Hand an.</translation>
    </message>
</context>
<context>
    <name>MasterLink</name>
    <message>
        <source>host key %1 %2 accepted for this run, as the operator asked</source>
        <translation>Host-Schlüssel %1 %2 für diesen Lauf akzeptiert, wie vom Bediener verlangt</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not in %4. Connect once in the wizard or with ssh and compare the key before migrating.</source>
        <translation>Der Host-Schlüssel von %1 (%2 %3) steht nicht in %4. Verbinden Sie sich vor der Migration einmal im Assistenten oder mit ssh und vergleichen Sie den Schlüssel.</translation>
    </message>
    <message>
        <source>not connected; connecting again</source>
        <translation>nicht verbunden; verbinde erneut</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message numerus="yes">
        <source>read %1: %n byte(s)</source>
        <translation>
            <numerusform>%1 gelesen: %n Byte</numerusform>
            <numerusform>%1 gelesen: %n Bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>atomic write of %1 (%n byte(s)): temp file beside it, fsync, same owner and mode, rename, checksum read back</source>
        <translation>
            <numerusform>atomares Schreiben von %1 (%n Byte): temporäre Datei daneben, fsync, gleicher Eigentümer und gleiche Rechte, umbenennen, Prüfsumme zurückgelesen</numerusform>
            <numerusform>atomares Schreiben von %1 (%n Bytes): temporäre Datei daneben, fsync, gleicher Eigentümer und gleiche Rechte, umbenennen, Prüfsumme zurückgelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1, sha256 %2 verified</source>
        <translation>%1 geschrieben, sha256 %2 geprüft</translation>
    </message>
    <message>
        <source>%1, sha256 %2</source>
        <translation>%1, sha256 %2</translation>
    </message>
    <message>
        <source>test -e %1 failed with status %2</source>
        <translation>test -e %1 ist mit Status %2 fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>MasterLockFiles</name>
    <message>
        <source>create %1 unless it exists (temp file, size and sha256 check, link)</source>
        <translation>%1 anlegen, falls nicht vorhanden (temporäre Datei, Prüfung von Größe und sha256, Link)</translation>
    </message>
    <message>
        <source>take over the stale lock %1 (only while it holds sha256 %2)</source>
        <translation>die verwaiste Sperre %1 übernehmen (nur solange sie sha256 %2 enthält)</translation>
    </message>
    <message>
        <source>writing %1 failed with status %2: %3</source>
        <translation>Schreiben von %1 schlug mit Status %2 fehl: %3</translation>
    </message>
    <message>
        <source>%1 read back with another checksum than the record written</source>
        <translation>%1 wurde mit einer anderen Prüfsumme zurückgelesen als der geschriebene Eintrag</translation>
    </message>
    <message>
        <source>an unreadable record</source>
        <translation>ein unlesbarer Eintrag</translation>
    </message>
    <message>
        <source>its ZooKeeper session is open</source>
        <translation>seine ZooKeeper-Sitzung ist offen</translation>
    </message>
    <message>
        <source>its process is running</source>
        <translation>sein Prozess läuft</translation>
    </message>
    <message>
        <source>ZooKeeper does not answer, and only its session tells whether a run on another workstation is over</source>
        <translation>ZooKeeper antwortet nicht, und nur seine Sitzung zeigt, ob ein Lauf auf einer anderen Arbeitsstation vorbei ist</translation>
    </message>
    <message>
        <source>lock file on every master</source>
        <translation>Sperrdatei auf jedem Master</translation>
    </message>
    <message>
        <source>%1 holds this run&apos;s record on %2</source>
        <translation>%1 enthält auf %2 den Eintrag dieses Laufs</translation>
    </message>
    <message>
        <source>%1 on %2 changed while this run looked at it: now %3</source>
        <translation>%1 auf %2 hat sich geändert, während dieser Lauf ihn betrachtete: jetzt %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 auf %2: %3</translation>
    </message>
    <message>
        <source>Could not take the run&apos;s lock file on every master: %1</source>
        <translation>Die Sperrdatei des Laufs konnte nicht auf jedem Master angelegt werden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (on %2; %3)</source>
        <translation>%1 (auf %2; %3)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (auf %2)</translation>
    </message>
    <message>
        <source>%1 on %2 is this run&apos;s own, left by its process %3, which ended: taken back</source>
        <translation>%1 auf %2 gehört diesem Lauf, hinterlassen von seinem beendeten Prozess %3: zurückgenommen</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>gehalten von %1</translation>
    </message>
    <message>
        <source>Another run of this cluster holds the lock file %1: %2. Wait for it to end, or stop it there.</source>
        <translation>Ein anderer Lauf dieses Clusters hält die Sperrdatei %1: %2. Warten Sie, bis er endet, oder halten Sie ihn dort an.</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>verwaist: %1</translation>
    </message>
    <message>
        <source>The lock file %1 is left from %2, which looks over: its ZooKeeper session is gone and its process is not running. Take it over only if you are sure that run has ended.</source>
        <translation>Die Sperrdatei %1 stammt von %2, das vorbei zu sein scheint: Seine ZooKeeper-Sitzung ist weg, und sein Prozess läuft nicht. Übernehmen Sie sie nur, wenn Sie sicher sind, dass dieser Lauf beendet ist.</translation>
    </message>
    <message>
        <source>taking over the stale lock file %1 of %2, as the operator chose</source>
        <translation>die verwaiste Sperrdatei %1 von %2 wird übernommen, wie vom Operator gewählt</translation>
    </message>
    <message>
        <source>%1 on %2 was not removed (no answer within the time): remove it by hand once no run of this cluster is going on (sudo rm %1)</source>
        <translation>%1 auf %2 wurde nicht entfernt (keine Antwort in der Zeit): Entfernen Sie sie von Hand, sobald kein Lauf dieses Clusters mehr stattfindet (sudo rm %1)</translation>
    </message>
    <message>
        <source>rm %1 (only while it holds this run&apos;s record)</source>
        <translation>rm %1 (nur solange sie den Eintrag dieses Laufs enthält)</translation>
    </message>
    <message>
        <source>%1 was already gone</source>
        <translation>%1 war bereits weg</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>%1 now holds another run&apos;s record, left as it is: %2</source>
        <translation>%1 enthält jetzt den Eintrag eines anderen Laufs, unverändert gelassen: %2</translation>
    </message>
    <message>
        <source>%1 on %2 was not removed (%3): remove it by hand once no run of this cluster is going on (sudo rm %1)</source>
        <translation>%1 auf %2 wurde nicht entfernt (%3): Entfernen Sie sie von Hand, sobald kein Lauf dieses Clusters mehr stattfindet (sudo rm %1)</translation>
    </message>
</context>
<context>
    <name>MasterProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>env file: %1</source>
        <translation>Env-Datei: %1</translation>
    </message>
    <message>
        <source>env file: %1, EXHIBITOR_BACKEND=%2, sha256 %3</source>
        <translation>Env-Datei: %1, EXHIBITOR_BACKEND=%2, sha256 %3</translation>
    </message>
    <message>
        <source>journalctl failed (exit status %1): %2</source>
        <translation>journalctl ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>no &apos;my id&apos; line (rotated?)</source>
        <translation>keine Zeile &apos;my id&apos; (rotiert?)</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, not an ID</source>
        <translation>%1 enthält „%2“, keine ID</translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>.orig: %1 does not exist</source>
        <translation>.orig: %1 existiert nicht</translation>
    </message>
    <message>
        <source>.orig: %1 exists, sha256 %2</source>
        <translation>.orig: %1 existiert, sha256 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not whitelisted (4lw.commands.whitelist)</source>
        <translation>&apos;%1&apos; steht nicht auf der Whitelist (4lw.commands.whitelist)</translation>
    </message>
    <message>
        <source>ZooKeeper at %1 is not serving requests</source>
        <translation>ZooKeeper unter %1 bedient keine Anfragen</translation>
    </message>
    <message>
        <source>no answer from ZooKeeper at %1</source>
        <translation>keine Antwort von ZooKeeper unter %1</translation>
    </message>
    <message>
        <source>no answer from ZooKeeper at %1: %2</source>
        <translation>keine Antwort von ZooKeeper unter %1: %2</translation>
    </message>
    <message>
        <source>ZooKeeper at %1 unreachable: %2</source>
        <translation>ZooKeeper unter %1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>srvr gave no mode</source>
        <translation>srvr lieferte keinen Modus</translation>
    </message>
    <message>
        <source>srvr: %1, zxid %2</source>
        <translation>srvr: %1, zxid %2</translation>
    </message>
    <message>
        <source>srvr: %1</source>
        <translation>srvr: %1</translation>
    </message>
    <message>
        <source>the reply has no serverId</source>
        <translation>die Antwort enthält keine serverId</translation>
    </message>
    <message>
        <source>Exhibitor does not know this server&apos;s ID (serverId %1)</source>
        <translation>Exhibitor kennt die ID dieses Servers nicht (serverId %1)</translation>
    </message>
    <message>
        <source>servers-spec &quot;%1&quot; in %2: %3</source>
        <translation>servers-spec „%1“ in %2: %3</translation>
    </message>
    <message>
        <source>%1 is not in the servers-spec &quot;%2&quot; (%3)</source>
        <translation>%1 steht nicht in der servers-spec „%2“ (%3)</translation>
    </message>
    <message>
        <source>the read ended early (exit status %1): %2</source>
        <translation>das Lesen endete vorzeitig (Exit-Status %1): %2</translation>
    </message>
    <message>
        <source>the read ended early (signal %1)</source>
        <translation>das Lesen endete vorzeitig (Signal %1)</translation>
    </message>
    <message>
        <source>cat %1; journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 &apos;my id = N&apos;; cat %3; sha256sum %4 (read-only, one framed output)</source>
        <translation>cat %1; journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 &apos;my id = N&apos;; cat %3; sha256sum %4 (nur lesend, eine gerahmte Ausgabe)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>in ZooKeeper&apos;s own entries (pid %1, since %2 UTC)</source>
        <translation>in den eigenen Einträgen von ZooKeeper (PID %1, seit %2 UTC)</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s pid not looked for</source>
        <translation>PID von ZooKeeper nicht gesucht</translation>
    </message>
    <message>
        <source>cannot read ZooKeeper&apos;s pid file %1</source>
        <translation>die PID-Datei %1 von ZooKeeper kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s pid file %1 holds no pid</source>
        <translation>die PID-Datei %1 von ZooKeeper enthält keine PID</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s pid %1 (from %2) is not running</source>
        <translation>die PID %1 von ZooKeeper (aus %2) läuft nicht</translation>
    </message>
    <message>
        <source>no &apos;my id&apos; line in the first %1 lines of ZooKeeper&apos;s own entries (pid %2, since %3 UTC)</source>
        <translation>keine Zeile &apos;my id&apos; in den ersten %1 Zeilen der eigenen Einträge von ZooKeeper (PID %2, seit %3 UTC)</translation>
    </message>
    <message>
        <source>the search gave no way</source>
        <translation>die Suche nannte keinen Weg</translation>
    </message>
    <message>
        <source>read back through the whole journal: %1</source>
        <translation>rückwärts durch das ganze Journal gelesen: %1</translation>
    </message>
    <message>
        <source>cat %1; journalctl -u %2 --no-pager -q -o cat _PID=&lt;pid in %3&gt; --since &lt;its start&gt; | grep -i -m 1 &apos;my id = N&apos;, else journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 &apos;my id = N&apos;; cat %4; sha256sum %5 (read-only, one framed output)</source>
        <translation>cat %1; journalctl -u %2 --no-pager -q -o cat _PID=&lt;PID in %3&gt; --since &lt;sein Start&gt; | grep -i -m 1 &apos;my id = N&apos;, sonst journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 &apos;my id = N&apos;; cat %4; sha256sum %5 (nur lesend, eine gerahmte Ausgabe)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2</source>
        <translation>„%1“, %2</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Migrate to the static backend: preflight, backup, Phase A, Phase B, verify, new config.yaml.</source>
        <translation>Auf das statische Backend migrieren: Vorabprüfung, Sicherung, Phase A, Phase B, Überprüfung, neue config.yaml.</translation>
    </message>
    <message>
        <source>Go on from the journal after an interruption (crash, lost connection, a stop).</source>
        <translation>Nach einer Unterbrechung (Absturz, Verbindungsabbruch, Anhalten) anhand des Journals fortsetzen.</translation>
    </message>
    <message>
        <source>Where the new config.yaml goes (default: &lt;config&gt;.static.yaml beside it).</source>
        <translation>Wohin die neue config.yaml geschrieben wird (Standard: &lt;config&gt;.static.yaml daneben).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Write the new config.yaml over the original config file.</source>
        <translation>Die neue config.yaml über die ursprüngliche Konfigurationsdatei schreiben.</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate migrate --config FILE [--ids FILE] [--user U] [--port P] [--identity KEYFILE] [--password-stdin] [--sudo none|nopasswd|password] [--yes] [--pause-each] [--report DIR] [--resume] [--format text|json]</source>
        <translation>Aufruf: exhibitor-migrate migrate --config DATEI [--ids DATEI] [--user U] [--port P] [--identity SCHLÜSSELDATEI] [--password-stdin] [--sudo none|nopasswd|password] [--yes] [--pause-each] [--report VERZEICHNIS] [--resume] [--format text|json]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Moves the cluster&apos;s Exhibitor to the static backend without taking ZooKeeper down. Nothing changes before the preflight checks pass; before each phase it asks on the terminal (unless --yes). Without --ids the current IDs are discovered on the masters. Progress goes to stderr; with --format json, one JSON event per line goes to stdout. If the run stops, &quot;migrate --resume&quot; goes on and &quot;rollback&quot; restores the original files. Ctrl+C, SIGTERM and SIGHUP stop the run after its current step (exit status 130) and print the command that goes on.</source>
        <translation>Stellt den Exhibitor des Clusters auf das statische Backend um, ohne ZooKeeper anzuhalten. Nichts ändert sich, bevor die Vorabprüfungen bestanden sind; vor jeder Phase wird im Terminal nachgefragt (außer mit --yes). Ohne --ids werden die aktuellen IDs auf den Mastern ermittelt. Der Fortschritt geht nach stderr; mit --format json geht ein JSON-Ereignis pro Zeile nach stdout. Hält der Lauf an, setzt „migrate --resume“ ihn fort und „rollback“ stellt die ursprünglichen Dateien wieder her. Strg+C, SIGTERM und SIGHUP halten den Lauf nach seinem laufenden Schritt an (Exit-Status 130) und geben den Befehl aus, mit dem es weitergeht.</translation>
    </message>
</context>
<context>
    <name>MigrationCommandSupport</name>
    <message>
        <source>The cluster&apos;s DC/OS config.yaml (before the migration).</source>
        <translation>Die config.yaml des DC/OS-Clusters (vor der Migration).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Current IDs: an ids file (&quot;&lt;ip&gt; &lt;id&gt;&quot; lines) or discover&apos;s JSON output.</source>
        <translation>Aktuelle IDs: eine ID-Datei (Zeilen „&lt;ip&gt; &lt;id&gt;“) oder die JSON-Ausgabe von discover.</translation>
    </message>
    <message>
        <source>The run journal (default: one per cluster in the app&apos;s data directory).</source>
        <translation>Das Journal des Laufs (Standard: eines pro Cluster im Datenverzeichnis der Anwendung).</translation>
    </message>
    <message>
        <source>SSH user (default: ~/.ssh/config, else yours).</source>
        <translation>SSH-Benutzer (Standard: aus ~/.ssh/config, sonst Ihrer).</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>BENUTZER</translation>
    </message>
    <message>
        <source>SSH port (default: ~/.ssh/config, else 22).</source>
        <translation>SSH-Port (Standard: aus ~/.ssh/config, sonst 22).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Private key file to log in with.</source>
        <translation>Datei mit dem privaten Schlüssel für die Anmeldung.</translation>
    </message>
    <message>
        <source>KEYFILE</source>
        <translation>SCHLÜSSELDATEI</translation>
    </message>
    <message>
        <source>Log in with a password read from the first line of stdin.</source>
        <translation>Mit einem Passwort anmelden, das aus der ersten Zeile von stdin gelesen wird.</translation>
    </message>
    <message>
        <source>Read the sudo password from the next line of stdin (default: the login password).</source>
        <translation>Das sudo-Passwort aus der nächsten Zeile von stdin lesen (Standard: das Anmeldepasswort).</translation>
    </message>
    <message>
        <source>How to become root: none, nopasswd (default) or password.</source>
        <translation>Wie root-Rechte erlangt werden: none, nopasswd (Standard) oder password.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/config, else ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei (Standard: aus ~/.ssh/config, sonst ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <source>Trust this host key for this run, after comparing it on the master. Repeat for each master.</source>
        <translation>Diesem Host-Schlüssel für diesen Lauf vertrauen, nachdem Sie ihn auf dem Master verglichen haben. Für jeden Master wiederholen.</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>Write the report (report.json, report.html) into this directory.</source>
        <translation>Den Bericht (report.json, report.html) in dieses Verzeichnis schreiben.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Progress: text on stderr (default) or json events on stdout.</source>
        <translation>Fortschritt: Text auf stderr (Standard) oder JSON-Ereignisse auf stdout.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Do not ask before each phase.</source>
        <translation>Nicht vor jeder Phase nachfragen.</translation>
    </message>
    <message>
        <source>Also ask before each master&apos;s restart.</source>
        <translation>Auch vor dem Neustart jedes Masters nachfragen.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>exhibitor-migrate %1: %2</source>
        <translation>exhibitor-migrate %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;exhibitor-migrate %1 --help&quot; for usage.</source>
        <translation>Die Verwendung zeigt „exhibitor-migrate %1 --help“.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>unknown sudo mode &quot;%1&quot;; use none, nopasswd or password.</source>
        <translation>unbekannter sudo-Modus „%1“; verwenden Sie none, nopasswd oder password.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>„%1“ ist keine Portnummer.</translation>
    </message>
    <message>
        <source>%1: exhibitor_storage_backend is %2: give the config.yaml from before the migration.</source>
        <translation>%1: exhibitor_storage_backend ist %2: Geben Sie die config.yaml von vor der Migration an.</translation>
    </message>
    <message>
        <source>--password-stdin: no password on stdin.</source>
        <translation>--password-stdin: kein Passwort auf stdin.</translation>
    </message>
    <message>
        <source>--sudo-password-stdin: no sudo password on stdin.</source>
        <translation>--sudo-password-stdin: kein sudo-Passwort auf stdin.</translation>
    </message>
    <message>
        <source>--sudo password needs --password-stdin or --sudo-password-stdin.</source>
        <translation>--sudo password braucht --password-stdin oder --sudo-password-stdin.</translation>
    </message>
    <message>
        <source>There is no journal at %1: give the IDs the masters had before the migration with --ids FILE.</source>
        <translation>Unter %1 gibt es kein Journal: Geben Sie die IDs, die die Master vor der Migration hatten, mit --ids DATEI an.</translation>
    </message>
    <message>
        <source>Discovering the current IDs on every master...</source>
        <translation>Ermittle die aktuellen IDs auf jedem Master …</translation>
    </message>
    <message>
        <source>%1: host key %2 %3 is not in %4; compare it on the master and pass --accept-host-key %3.</source>
        <translation>%1: Host-Schlüssel %2 %3 steht nicht in %4; vergleichen Sie ihn auf dem Master und übergeben Sie --accept-host-key %3.</translation>
    </message>
    <message>
        <source>The current IDs are not clear; run &quot;exhibitor-migrate discover&quot;, settle them, then pass --ids FILE.</source>
        <translation>Die aktuellen IDs sind nicht eindeutig; führen Sie „exhibitor-migrate discover“ aus, klären Sie sie und übergeben Sie dann --ids DATEI.</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 the run failed or was stopped (the journal and the report say where); 2 invalid input.</source>
        <translation>Exit-Status: 0 fertig; 1 der Lauf ist fehlgeschlagen oder wurde angehalten (Journal und Bericht sagen, wo); 2 ungültige Eingabe.</translation>
    </message>
    <message>
        <source>Where ZooKeeper listens as seen from each master (default: the master&apos;s own IP).</source>
        <translation>Wo ZooKeeper lauscht, von jedem Master aus gesehen (Standard: die eigene IP des Masters).</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Leave this znode subtree out of the data check (a busy live service&apos;s own paths). Repeatable.</source>
        <translation>Diesen Znode-Teilbaum bei der Datenprüfung auslassen (die eigenen Pfade eines aktiven, laufenden Dienstes). Wiederholbar.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>--digest-exclude takes a znode path below / such as /dcos/jobs; &quot;%1&quot; is not one.</source>
        <translation>--digest-exclude erwartet einen Znode-Pfad unterhalb von /, etwa /dcos/jobs; „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>Seconds a restarted master gets to settle before the run stops (10 to 1800, default 120).</source>
        <translation>Sekunden, die ein neu gestarteter Master zum Stabilisieren bekommt, bevor der Lauf anhält (10 bis 1800, Standard 120).</translation>
    </message>
    <message>
        <source>--accept-host-key takes the whole fingerprint as ssh-keygen -l prints it, &quot;SHA256:&quot; and 43 characters; &quot;%1&quot; is not one.</source>
        <translation>--accept-host-key erwartet den ganzen Fingerabdruck, wie ssh-keygen -l ihn ausgibt, „SHA256:“ und 43 Zeichen; „%1“ ist keiner.</translation>
    </message>
    <message>
        <source>--gate-timeout takes a number of seconds from %1 to %2; &quot;%3&quot; is not one.</source>
        <translation>--gate-timeout erwartet eine Anzahl Sekunden von %1 bis %2; „%3“ ist keine.</translation>
    </message>
    <message>
        <source>SSH password: </source>
        <translation>SSH-Passwort: </translation>
    </message>
    <message>
        <source>sudo password: </source>
        <translation>sudo-Passwort: </translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the sudo password (or asked something else); no other master was asked. Run again with the right password (--sudo-password-stdin).</source>
        <translation>sudo auf %1 hat das sudo-Passwort nicht akzeptiert (oder etwas anderes gefragt); kein anderer Master wurde gefragt. Starten Sie erneut mit dem richtigen Passwort (--sudo-password-stdin).</translation>
    </message>
    <message>
        <source>The rollback was interrupted; its journal records how far it got. To finish it, run:</source>
        <translation>Das Rollback wurde unterbrochen; sein Journal hält fest, wie weit es gekommen ist. Um es abzuschließen, führen Sie aus:</translation>
    </message>
    <message>
        <source>The migration was interrupted; its journal records how far it got. To go on, run:</source>
        <translation>Die Migration wurde unterbrochen; ihr Journal hält fest, wie weit sie gekommen ist. Um fortzufahren, führen Sie aus:</translation>
    </message>
    <message>
        <source>or, to restore the original configuration:</source>
        <translation>oder, um die ursprüngliche Konfiguration wiederherzustellen:</translation>
    </message>
    <message>
        <source>(exit status %1: interrupted by a signal)</source>
        <translation>(Exit-Status %1: durch ein Signal unterbrochen)</translation>
    </message>
    <message>
        <source>To collect the masters&apos; env files, zoo.cfg, myid, journals and ZooKeeper answers (secrets redacted, known failures explained) for a support request, run:</source>
        <translation>Um für eine Support-Anfrage die Env-Dateien, zoo.cfg, myid, Journale und ZooKeeper-Antworten der Master zu sammeln (Geheimnisse geschwärzt, bekannte Fehler erklärt), führen Sie aus:</translation>
    </message>
    <message>
        <source>Take over a stale run lock file on the masters (its run&apos;s ZooKeeper session gone, its process not running). A live lock is never taken over.</source>
        <translation>Eine verwaiste Sperrdatei eines Laufs auf den Mastern übernehmen (die ZooKeeper-Sitzung ihres Laufs ist weg, ihr Prozess läuft nicht). Eine lebende Sperre wird nie übernommen.</translation>
    </message>
    <message>
        <source>There is no journal at %1: taking the run over from the cluster.</source>
        <translation>Unter %1 gibt es kein Journal: Der Lauf wird aus dem Cluster übernommen.</translation>
    </message>
    <message>
        <source>Not taken over: %1.</source>
        <translation>Nicht übernommen: %1.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>MigrationEngine</name>
    <message>
        <source>An earlier run on this cluster did not finish (%1, journal %2). Resume it or roll it back instead of starting a new one.</source>
        <translation>Ein früherer Lauf auf diesem Cluster wurde nicht beendet (%1, Journal %2). Setzen Sie ihn fort oder rollen Sie ihn zurück, statt einen neuen zu beginnen.</translation>
    </message>
    <message>
        <source>There is no journal to resume from at %1.</source>
        <translation>Unter %1 gibt es kein Journal, mit dem sich fortsetzen ließe.</translation>
    </message>
    <message>
        <source>The journal %1 belongs to another plan (Phase A %2, Phase B %3); this plan has %4 and %5.</source>
        <translation>Das Journal %1 gehört zu einem anderen Plan (Phase A %2, Phase B %3); dieser Plan hat %4 und %5.</translation>
    </message>
    <message>
        <source>The plan is not valid; fix its issues first.</source>
        <translation>Der Plan ist nicht gültig; beheben Sie zuerst seine Probleme.</translation>
    </message>
    <message numerus="yes">
        <source>%1 run %2: %n operation(s), journal %3</source>
        <translation>
            <numerusform>Lauf %2 (%1): %n Schritt, Journal %3</numerusform>
            <numerusform>Lauf %2 (%1): %n Schritte, Journal %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(wird nicht gespeichert)</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on %1 now (rollback)?</source>
        <translation>dcos-exhibitor auf %1 jetzt neu starten (Rollback)?</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on %1 now?</source>
        <translation>dcos-exhibitor auf %1 jetzt neu starten?</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot; (%2)? It changes the masters.</source>
        <translation>„%1“ starten (%2)? Das verändert die Master.</translation>
    </message>
    <message>
        <source>Rollback complete: the original configuration runs again.</source>
        <translation>Rollback abgeschlossen: Die ursprüngliche Konfiguration läuft wieder.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Cancelled after the last completed step. Resume or roll back when ready.</source>
        <translation>Nach dem letzten abgeschlossenen Schritt abgebrochen. Setzen Sie fort oder rollen Sie zurück, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>in einem früheren Lauf erledigt</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message>
        <source>Stopped before &quot;%1&quot; at the operator&apos;s request.</source>
        <translation>Vor „%1“ auf Wunsch des Bedieners angehalten.</translation>
    </message>
    <message>
        <source>cancel requested: the current step finishes, then the run stops</source>
        <translation>Abbruch angefordert: Der laufende Schritt wird beendet, dann hält der Lauf an</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>paused after the last completed step</source>
        <translation>nach dem letzten abgeschlossenen Schritt pausiert</translation>
    </message>
    <message>
        <source>Cancelled while paused, after the last completed step. Resume or roll back when ready.</source>
        <translation>Während der Pause nach dem letzten abgeschlossenen Schritt abgebrochen. Setzen Sie fort oder rollen Sie zurück, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>pause requested: the current step finishes, then the run waits</source>
        <translation>Pause angefordert: Der laufende Schritt wird beendet, dann wartet der Lauf</translation>
    </message>
    <message>
        <source>continuing</source>
        <translation>wird fortgesetzt</translation>
    </message>
    <message>
        <source>Interrupted after the last completed step. Resume or roll back when ready.</source>
        <translation>Nach dem letzten abgeschlossenen Schritt unterbrochen. Setzen Sie fort oder rollen Sie zurück, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>Interrupted before &quot;%1&quot;.</source>
        <translation>Vor „%1“ unterbrochen.</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>stop deferred: %1 stopped for this phase&apos;s renumbering and must be started again first; the run stops once their restarts are done</source>
        <translation>Anhalten aufgeschoben: %1 wurden für die Neunummerierung dieser Phase gestoppt und müssen zuerst wieder gestartet werden; der Lauf hält an, sobald ihre Neustarts abgeschlossen sind</translation>
    </message>
    <message>
        <source>write probe not started: %1</source>
        <translation>Schreibprobe nicht gestartet: %1</translation>
    </message>
</context>
<context>
    <name>MigrationJournal</name>
    <message>
        <source>not started</source>
        <translation>nicht gestartet</translation>
    </message>
    <message>
        <source>running, or interrupted (the app or the connection went away)</source>
        <translation>läuft oder wurde unterbrochen (die Anwendung oder die Verbindung ist weggefallen)</translation>
    </message>
    <message>
        <source>stopped after a failure</source>
        <translation>nach einem Fehler angehalten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>rolling back, or a rollback was interrupted</source>
        <translation>Rollback läuft oder wurde unterbrochen</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>not a migration journal: %1</source>
        <translation>kein Migrationsjournal: %1</translation>
    </message>
    <message>
        <source>journal format %1 is not supported</source>
        <translation>Journalformat %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>das Journal %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the journal has no path</source>
        <translation>das Journal hat keinen Pfad</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>das Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>interrupted by a signal after a completed step</source>
        <translation>nach einem abgeschlossenen Schritt durch ein Signal unterbrochen</translation>
    </message>
    <message>
        <source>a run that is starting</source>
        <translation>ein Lauf, der gerade startet</translation>
    </message>
    <message>
        <source>running now: %1</source>
        <translation>läuft gerade: %1</translation>
    </message>
    <message>
        <source>rolling back now: %1</source>
        <translation>Rollback läuft gerade: %1</translation>
    </message>
    <message>
        <source>interrupted (the app or the connection went away while it ran)</source>
        <translation>unterbrochen (die Anwendung oder die Verbindung ist während des Laufs weggefallen)</translation>
    </message>
    <message>
        <source>a rollback was interrupted (the app or the connection went away)</source>
        <translation>ein Rollback wurde unterbrochen (die Anwendung oder die Verbindung ist weggefallen)</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Cannot write the config.yaml DC/OS needs after the migration: %1 Edit a copy by hand: set exhibitor_storage_backend: static and remove %2.</source>
        <translation>Die config.yaml, die DC/OS nach der Migration braucht, kann nicht erzeugt werden: %1 Bearbeiten Sie eine Kopie von Hand: Setzen Sie exhibitor_storage_backend: static und entfernen Sie %2.</translation>
    </message>
    <message>
        <source>Phase B is skipped: the current IDs already are the ones DC/OS generates from master_list (sorted as strings, numbered from 1). Changing the file again would take the ensemble offline for nothing.</source>
        <translation>Phase B entfällt: Die aktuellen IDs sind bereits die, die DC/OS aus master_list erzeugt (als Zeichenketten sortiert, ab 1 nummeriert). Die Datei noch einmal zu ändern, würde das Ensemble grundlos vom Netz nehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Phase B is needed: %n master(s) must change ID to the numbering DC/OS generates from master_list (sorted as strings, numbered from 1). Otherwise the next DC/OS upgrade or config change would give running servers new IDs all at once and break the ensemble.</source>
        <translation>
            <numerusform>Phase B ist nötig: %n Master muss seine ID auf die Nummerierung umstellen, die DC/OS aus master_list erzeugt (als Zeichenketten sortiert, ab 1 nummeriert). Sonst würde das nächste DC/OS-Upgrade oder die nächste Konfigurationsänderung laufenden Servern auf einmal neue IDs geben und das Ensemble lahmlegen.</numerusform>
            <numerusform>Phase B ist nötig: %n Master müssen ihre ID auf die Nummerierung umstellen, die DC/OS aus master_list erzeugt (als Zeichenketten sortiert, ab 1 nummeriert). Sonst würde das nächste DC/OS-Upgrade oder die nächste Konfigurationsänderung laufenden Servern auf einmal neue IDs geben und das Ensemble lahmlegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on one master at a time, followers first and the leader last, waiting after each until it serves again and the ensemble has one leader.</source>
        <translation>Starten Sie dcos-exhibitor auf einem Master nach dem anderen neu, zuerst die Follower und zuletzt den Leader, und warten Sie nach jedem, bis er wieder Anfragen bedient und das Ensemble einen Leader hat.</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on one master at a time, followers first and the leader last, waiting after each until it serves again and the ensemble has one leader; then do the same once more for Phase B. During Phase B the first restarted masters report &quot;ZooKeeperServer not running&quot; until a majority runs the new numbering: that is expected.</source>
        <translation>Starten Sie dcos-exhibitor auf einem Master nach dem anderen neu, zuerst die Follower und zuletzt den Leader, und warten Sie nach jedem, bis er wieder Anfragen bedient und das Ensemble einen Leader hat; danach dasselbe noch einmal für Phase B. Während Phase B melden die zuerst neu gestarteten Master „ZooKeeperServer not running“, bis eine Mehrheit mit der neuen Nummerierung läuft: Das ist so erwartet.</translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <source>finished: %1 (%2 ms)</source>
        <translation>beendet: %1 (%2 ms)</translation>
    </message>
    <message>
        <source>failed: %1 (%2 ms)</source>
        <translation>fehlgeschlagen: %1 (%2 ms)</translation>
    </message>
</context>
<context>
    <name>MigrationRunPrinter</name>
    <message>
        <source>[y/N]</source>
        <translation>[j/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>übersprungen: %1: %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Write probe: %1 acknowledged, %2 failed, longest time without an acknowledged write %3 s; %4 of %5 of the run&apos;s sessions alive</source>
        <translation>Schreibprobe: %1 bestätigt, %2 fehlgeschlagen, längste Zeit ohne bestätigten Schreibvorgang %3 s; %4 von %5 Sitzungen des Laufs aktiv</translation>
    </message>
    <message>
        <source>%1: %2 writes, %3 failed, longest gap %4 s</source>
        <translation>%1: %2 Schreibvorgänge, %3 fehlgeschlagen, längste Lücke %4 s</translation>
    </message>
    <message>
        <source>%1 received: finishing the current step, then stopping. The journal records where the run stopped.</source>
        <translation>%1 empfangen: Der laufende Schritt wird beendet, dann hält der Lauf an. Das Journal hält fest, wo der Lauf angehalten hat.</translation>
    </message>
    <message>
        <source>%1 received again: still finishing the current step (a restart runs to the end of its settle gate, a write is never cut short). The run stops as soon as that is safe.</source>
        <translation>%1 erneut empfangen: Der laufende Schritt wird noch beendet (ein Neustart läuft bis zum Ende seines Settle-Gates, ein Schreibvorgang wird nie abgebrochen). Der Lauf hält an, sobald das sicher ist.</translation>
    </message>
    <message>
        <source>The lock is stale: %1. If you are sure that run has ended, run the same command again with --take-over-stale-lock.</source>
        <translation>Die Sperre ist verwaist: %1. Wenn Sie sicher sind, dass dieser Lauf beendet ist, führen Sie denselben Befehl erneut mit --take-over-stale-lock aus.</translation>
    </message>
</context>
<context>
    <name>MigrationText</name>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>State of the masters</source>
        <translation>Zustand der Master</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Phase A: static backend, current IDs</source>
        <translation>Phase A: statisches Backend, aktuelle IDs</translation>
    </message>
    <message>
        <source>Phase B: canonical IDs</source>
        <translation>Phase B: kanonische IDs</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Exhibitor Migration Wizard</source>
        <translation>Exhibitor-Migrationsassistent</translation>
    </message>
    <message>
        <source>A phase is running</source>
        <translation>Eine Phase läuft</translation>
    </message>
    <message>
        <source>The wizard is changing the masters right now. Closing it stops the run after the current step (a restart always finishes its settle gate first); the journal then lets you resume or roll back when you start the wizard again.</source>
        <translation>Der Assistent verändert gerade die Master. Wenn Sie ihn schließen, hält der Lauf nach dem laufenden Schritt an (ein Neustart durchläuft immer erst sein Settle-Gate); mit dem Journal können Sie beim nächsten Start des Assistenten fortsetzen oder zurückrollen.</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>Weiter&amp;laufen lassen</translation>
    </message>
    <message>
        <source>&amp;Stop after this step and close</source>
        <translation>Nach diesem Schritt &amp;anhalten und schließen</translation>
    </message>
</context>
<context>
    <name>OperationContext</name>
    <message>
        <source>cannot connect: %1</source>
        <translation>keine Verbindung möglich: %1</translation>
    </message>
    <message>
        <source>check skipped: %1: %2</source>
        <translation>Prüfung übersprungen: %1: %2</translation>
    </message>
    <message>
        <source>check passed: %1: %2</source>
        <translation>Prüfung bestanden: %1: %2</translation>
    </message>
    <message>
        <source>check FAILED: %1: %2</source>
        <translation>Prüfung FEHLGESCHLAGEN: %1: %2</translation>
    </message>
    <message>
        <source>the ensemble has no quorum: %1</source>
        <translation>das Ensemble hat kein Quorum: %1</translation>
    </message>
    <message>
        <source>quorum is back after %1 ms</source>
        <translation>Quorum nach %1 ms wieder da</translation>
    </message>
    <message>
        <source>check passed with a warning: %1: %2</source>
        <translation>Prüfung mit Warnung bestanden: %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show what the migration will do, from config.yaml and the masters&apos; current IDs.</source>
        <translation>Zeigt anhand der config.yaml und der aktuellen IDs der Master, was die Migration tun wird.</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>The cluster&apos;s DC/OS config.yaml (genconf/config.yaml).</source>
        <translation>Die config.yaml des DC/OS-Clusters (genconf/config.yaml).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>A directory with one &lt;ip&gt;.log per master holding &quot;journalctl -u dcos-exhibitor&quot; output; each master&apos;s ID is the last &quot;my id = N&quot; in it.</source>
        <translation>Ein Verzeichnis mit einer Datei &lt;ip&gt;.log pro Master, die die Ausgabe von „journalctl -u dcos-exhibitor“ enthält; die ID jedes Masters ist das letzte „my id = N“ darin.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>exhibitor-migrate plan: %1</source>
        <translation>exhibitor-migrate plan: %1</translation>
    </message>
    <message>
        <source>Run &quot;exhibitor-migrate plan --help&quot; for usage.</source>
        <translation>Die Verwendung zeigt „exhibitor-migrate plan --help“.</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate plan --config FILE (--ids FILE | --journal-dir DIR) [--format text|json]</source>
        <translation>Aufruf: exhibitor-migrate plan --config DATEI (--ids DATEI | --journal-dir VERZEICHNIS) [--format text|json]</translation>
    </message>
    <message>
        <source>Shows what the migration will do, without touching any master: the masters as DC/OS sorts them with their current and canonical IDs, the Phase A and Phase B ensembles, whether Phase B is needed, and the config.yaml DC/OS needs afterwards.</source>
        <translation>Zeigt, was die Migration tun wird, ohne einen Master anzufassen: die Master in der Sortierung von DC/OS mit ihren aktuellen und kanonischen IDs, die Ensembles für Phase A und Phase B, ob Phase B nötig ist, und die config.yaml, die DC/OS danach braucht.</translation>
    </message>
    <message>
        <source>Exit status: 0 the plan was printed; 2 a usage error, or an input that is unreadable or wrong (one line per problem on stderr: file:line: key or master: what to do); 1 an unexpected failure.</source>
        <translation>Exit-Status: 0 der Plan wurde ausgegeben; 2 ein Bedienfehler oder eine unlesbare oder falsche Eingabe (eine Zeile pro Problem auf stderr: Datei:Zeile: Schlüssel oder Master: was zu tun ist); 1 ein unerwarteter Fehler.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>give the current IDs with exactly one of --ids FILE and --journal-dir DIR.</source>
        <translation>geben Sie die aktuellen IDs mit genau einer der Optionen --ids DATEI und --journal-dir VERZEICHNIS an.</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation>unbekanntes Format „%1“; verwenden Sie text oder json.</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;, config %2, current IDs from %3</source>
        <translation>Cluster „%1“, Konfiguration %2, aktuelle IDs aus %3</translation>
    </message>
    <message>
        <source>Masters as DC/OS sorts them (as strings):</source>
        <translation>Master in der Sortierung von DC/OS (als Zeichenketten):</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Current ID</source>
        <translation>Aktuelle ID</translation>
    </message>
    <message>
        <source>Canonical ID</source>
        <translation>Kanonische ID</translation>
    </message>
    <message>
        <source>Changes?</source>
        <translation>Ändert sich?</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Phase A ensemble (current IDs):</source>
        <translation>Ensemble für Phase A (aktuelle IDs):</translation>
    </message>
    <message>
        <source>Phase B ensemble (DC/OS&apos;s IDs):</source>
        <translation>Ensemble für Phase B (IDs von DC/OS):</translation>
    </message>
    <message>
        <source>config.yaml after the migration (write it only once the migration is verified):</source>
        <translation>config.yaml nach der Migration (erst schreiben, wenn die Migration geprüft ist):</translation>
    </message>
    <message>
        <source>The masters&apos; current ZooKeeper IDs: one &quot;&lt;ip&gt; &lt;id&gt;&quot; per line; &apos;#&apos; starts a comment. Or the output of &quot;exhibitor-migrate discover --format json&quot; (its current_ids).</source>
        <translation>Die aktuellen ZooKeeper-IDs der Master: eine Zeile „&lt;ip&gt; &lt;id&gt;“ pro Master; „#“ leitet einen Kommentar ein. Oder die Ausgabe von „exhibitor-migrate discover --format json“ (deren current_ids).</translation>
    </message>
</context>
<context>
    <name>PlanPreviewPanel</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Phase &amp;A ensemble (current IDs):</source>
        <translation>Ensemble für Phase &amp;A (aktuelle IDs):</translation>
    </message>
    <message>
        <source>Phase A ensemble</source>
        <translation>Ensemble für Phase A</translation>
    </message>
    <message>
        <source>Copy the Phase A ensemble</source>
        <translation>Ensemble für Phase A kopieren</translation>
    </message>
    <message>
        <source>Phase B ensemble (&amp;canonical IDs):</source>
        <translation>Ensemble für Phase B (&amp;kanonische IDs):</translation>
    </message>
    <message>
        <source>Phase B ensemble</source>
        <translation>Ensemble für Phase B</translation>
    </message>
    <message>
        <source>Copy the Phase B ensemble</source>
        <translation>Ensemble für Phase B kopieren</translation>
    </message>
    <message>
        <source>Whether Phase B is needed</source>
        <translation>Ob Phase B nötig ist</translation>
    </message>
    <message>
        <source>Restart order</source>
        <translation>Reihenfolge der Neustarts</translation>
    </message>
    <message>
        <source>Changes to config.yaml</source>
        <translation>Änderungen an der config.yaml</translation>
    </message>
    <message>
        <source>Changes to the master&apos;s env file</source>
        <translation>Änderungen an der Env-Datei des Masters</translation>
    </message>
    <message>
        <source>Master whose env file diff is shown</source>
        <translation>Master, dessen Env-Datei-Diff angezeigt wird</translation>
    </message>
    <message>
        <source>Phase whose env file is shown</source>
        <translation>Phase, deren Env-Datei angezeigt wird</translation>
    </message>
    <message>
        <source>Phase A</source>
        <translation>Phase A</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>Phase B</translation>
    </message>
    <message>
        <source>&amp;Master:</source>
        <translation>Mas&amp;ter:</translation>
    </message>
    <message>
        <source>Af&amp;ter:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>&amp;Env files (per master)</source>
        <translation>&amp;Env-Dateien (pro Master)</translation>
    </message>
    <message>
        <source>config.&amp;yaml</source>
        <translation>config.&amp;yaml</translation>
    </message>
    <message>
        <source>Needs an agreed current ID for every master</source>
        <translation>Braucht für jeden Master eine übereinstimmende aktuelle ID</translation>
    </message>
    <message>
        <source>Whether Phase B is needed is known once every master has an agreed current ID.</source>
        <translation>Ob Phase B nötig ist, steht fest, sobald jeder Master eine übereinstimmende aktuelle ID hat.</translation>
    </message>
    <message>
        <source>No Phase B: the env files keep what Phase A writes.</source>
        <translation>Keine Phase B: Die Env-Dateien behalten, was Phase A schreibt.</translation>
    </message>
    <message>
        <source>Known once discovery has read %1&apos;s env file and every master has an agreed ID.</source>
        <translation>Bekannt, sobald die Ermittlung die Env-Datei von %1 gelesen hat und jeder Master eine übereinstimmende ID hat.</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1 (Leader)</translation>
    </message>
    <message>
        <source>Restart order, followers first: Phase A %1</source>
        <translation>Reihenfolge der Neustarts, Follower zuerst: Phase A %1</translation>
    </message>
    <message>
        <source>; Phase B %1</source>
        <translation>; Phase B %1</translation>
    </message>
    <message>
        <source> (no leader seen: the run picks it when each restart is due).</source>
        <translation> (kein Leader gesehen: Der Lauf wählt ihn, wenn der jeweilige Neustart ansteht).</translation>
    </message>
    <message>
        <source> (the leader is left to Phase B, which restarts it anyway).</source>
        <translation> (der Leader bleibt Phase B überlassen, die ihn ohnehin neu startet).</translation>
    </message>
    <message>
        <source>The ensemble and the file changes</source>
        <translation>Das Ensemble und die Dateiänderungen</translation>
    </message>
    <message>
        <source>Ensemble &amp;diagram</source>
        <translation>Ensemble-&amp;Diagramm</translation>
    </message>
    <message>
        <source>Computing the plan for these IDs…</source>
        <translation>Plan für diese IDs wird berechnet…</translation>
    </message>
</context>
<context>
    <name>PreflightChecks</name>
    <message>
        <source>sudo works</source>
        <translation>sudo funktioniert</translation>
    </message>
    <message>
        <source>commands run as root</source>
        <translation>Befehle laufen als root</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>disk space on %1</source>
        <translation>Speicherplatz auf %1</translation>
    </message>
    <message>
        <source>df did not answer as expected: %1</source>
        <translation>df antwortete nicht wie erwartet: %1</translation>
    </message>
    <message>
        <source>%1 KiB free, %2 KiB needed</source>
        <translation>%1 KiB frei, %2 KiB nötig</translation>
    </message>
    <message>
        <source>%1 readable</source>
        <translation>%1 lesbar</translation>
    </message>
    <message>
        <source>%1 has a backend to migrate</source>
        <translation>%1 hat ein Backend, das migriert werden kann</translation>
    </message>
    <message>
        <source>no EXHIBITOR_BACKEND line</source>
        <translation>keine Zeile EXHIBITOR_BACKEND</translation>
    </message>
    <message>
        <source>EXHIBITOR_BACKEND=%1, sha256 %2</source>
        <translation>EXHIBITOR_BACKEND=%1, sha256 %2</translation>
    </message>
    <message>
        <source>already EXHIBITOR_BACKEND=STATIC: resume an interrupted run, or verify</source>
        <translation>bereits EXHIBITOR_BACKEND=STATIC: einen unterbrochenen Lauf fortsetzen oder überprüfen</translation>
    </message>
    <message>
        <source>%1 state</source>
        <translation>Zustand von %1</translation>
    </message>
    <message>
        <source>absent: the backup will create it</source>
        <translation>fehlt: die Sicherung legt sie an</translation>
    </message>
    <message>
        <source>present and identical to the current file</source>
        <translation>vorhanden und identisch mit der aktuellen Datei</translation>
    </message>
    <message>
        <source>present and different from the current file: it is an earlier run&apos;s backup of the original configuration. Compare the two files, restore or move the old backup away, then start again.</source>
        <translation>vorhanden und verschieden von der aktuellen Datei: Es ist die Sicherung der ursprünglichen Konfiguration aus einem früheren Lauf. Vergleichen Sie die beiden Dateien, stellen Sie die alte Sicherung wieder her oder verschieben Sie sie, und beginnen Sie dann neu.</translation>
    </message>
    <message>
        <source>Phase A</source>
        <translation>Phase A</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>Phase B</translation>
    </message>
    <message>
        <source>its address is in the ensemble it gets</source>
        <translation>seine Adresse steht im Ensemble, das er bekommt</translation>
    </message>
    <message>
        <source>ID %1 in Phase A, %2 in Phase B</source>
        <translation>ID %1 in Phase A, %2 in Phase B</translation>
    </message>
    <message>
        <source>missing from the %1 ensemble: Exhibitor would refuse to start (&quot;ip-detect returned ... is not in the configured list of masters&quot;)</source>
        <translation>fehlt im Ensemble für %1: Exhibitor würde den Start verweigern („ip-detect returned ... is not in the configured list of masters“)</translation>
    </message>
    <message>
        <source>quorum healthy with exactly one leader</source>
        <translation>Quorum gesund mit genau einem Leader</translation>
    </message>
    <message>
        <source>%1 leader(s) %2; %3 of %4 serving: %5</source>
        <translation>%1 Leader %2; %3 von %4 bedienen Anfragen: %5</translation>
    </message>
    <message>
        <source>running ID is the planned current ID</source>
        <translation>die laufende ID ist die geplante aktuelle ID</translation>
    </message>
    <message>
        <source>conf says serverId %1, the plan %2</source>
        <translation>conf meldet serverId %1, der Plan %2</translation>
    </message>
    <message>
        <source>myid says %1, the plan %2</source>
        <translation>myid meldet %1, der Plan %2</translation>
    </message>
    <message>
        <source>neither conf nor the myid file answered</source>
        <translation>weder conf noch die myid-Datei lieferten eine Antwort</translation>
    </message>
    <message>
        <source>zxids converged</source>
        <translation>zxids angeglichen</translation>
    </message>
    <message>
        <source>no ZooKeeper session through SSH: %1</source>
        <translation>keine ZooKeeper-Sitzung über SSH: %1</translation>
    </message>
    <message>
        <source>the test write failed: %1</source>
        <translation>der Testschreibvorgang ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>every server applied the test write 0x%1 within %2 ms</source>
        <translation>jeder Server hat den Testschreibvorgang 0x%1 innerhalb von %2 ms übernommen</translation>
    </message>
    <message>
        <source>behind the test write 0x%1 after %2 ms: %3</source>
        <translation>nach %2 ms noch hinter dem Testschreibvorgang 0x%1: %3</translation>
    </message>
    <message>
        <source>data snapshot taken</source>
        <translation>Daten-Snapshot erstellt</translation>
    </message>
    <message>
        <source>canary znode written</source>
        <translation>Canary-Znode geschrieben</translation>
    </message>
    <message>
        <source>canary session holds an ephemeral znode</source>
        <translation>Canary-Sitzung hält einen ephemeren Znode</translation>
    </message>
    <message>
        <source>ZooKeeper super credentials (%1) added to the run&apos;s session: subtrees with ACLs are read too</source>
        <translation>ZooKeeper-Super-Anmeldedaten (%1) zur Sitzung des Laufs hinzugefügt: Teilbäume mit ACLs werden ebenfalls gelesen</translation>
    </message>
    <message>
        <source>ZooKeeper did not take the super credentials (%1): %2; the snapshot reads what the ACLs allow</source>
        <translation>ZooKeeper hat die Super-Anmeldedaten nicht angenommen (%1): %2; der Snapshot liest, was die ACLs erlauben</translation>
    </message>
    <message>
        <source>typed by the operator</source>
        <translation>vom Operator eingegeben</translation>
    </message>
    <message>
        <source>$ sudo cat %1 (not shown: a secret)</source>
        <translation>$ sudo cat %1 (nicht angezeigt: ein Geheimnis)</translation>
    </message>
    <message>
        <source>no ZooKeeper super credentials in %1 (open-source DC/OS has none): the snapshot reads what the ACLs allow</source>
        <translation>keine ZooKeeper-Super-Anmeldedaten in %1 (das quelloffene DC/OS hat keine): der Snapshot liest, was die ACLs erlauben</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message numerus="yes">
        <source>%n znode(s) read after zxid 0x%1, digest %2</source>
        <translation>
            <numerusform>%n Znode gelesen nach zxid 0x%1, Digest %2</numerusform>
            <numerusform>%n Znodes gelesen nach zxid 0x%1, Digest %2</numerusform>
        </translation>
    </message>
    <message>
        <source>could not read (ACL, no permission): %1. Verify compares only what was read; with ZooKeeper&apos;s super credentials the whole tree is read.</source>
        <translation>nicht lesbar (ACL, keine Berechtigung): %1. Die Überprüfung vergleicht nur, was gelesen wurde; mit den Super-Anmeldedaten von ZooKeeper wird der ganze Baum gelesen.</translation>
    </message>
    <message>
        <source>no other run of this cluster is going on</source>
        <translation>kein anderer Lauf dieses Clusters findet gerade statt</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 kann nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <source>none under %1</source>
        <translation>keiner unter %1</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>Lauf %1</translation>
    </message>
    <message>
        <source>Another run of this cluster is going on: %1. Wait for it to end, or stop it there.</source>
        <translation>Ein anderer Lauf dieses Clusters findet gerade statt: %1. Warten Sie, bis er endet, oder halten Sie ihn dort an.</translation>
    </message>
    <message>
        <source>ZooKeeper does not answer (%1): the lock files on the masters tell</source>
        <translation>ZooKeeper antwortet nicht (%1): Die Sperrdateien auf den Mastern entscheiden</translation>
    </message>
    <message>
        <source>%1 was left by this run&apos;s earlier process (its session had not expired yet): removed</source>
        <translation>%1 wurde vom früheren Prozess dieses Laufs hinterlassen (seine Sitzung war noch nicht abgelaufen): entfernt</translation>
    </message>
    <message>
        <source>ZooKeeper does not answer (%1): no session node; the lock files on the masters name this run</source>
        <translation>ZooKeeper antwortet nicht (%1): kein Sitzungsknoten; die Sperrdateien auf den Mastern nennen diesen Lauf</translation>
    </message>
</context>
<context>
    <name>PreflightOperation</name>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Read-only checks on every master; then a snapshot of the ZooKeeper data and a canary znode under %1.</source>
        <translation>Nur lesende Prüfungen auf jedem Master; danach ein Snapshot der ZooKeeper-Daten und ein Canary-Znode unter %1.</translation>
    </message>
    <message>
        <source>SSH connection</source>
        <translation>SSH-Verbindung</translation>
    </message>
    <message>
        <source>cannot connect (see the log)</source>
        <translation>keine Verbindung möglich (siehe Protokoll)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>verbunden</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>All preflight checks passed.</source>
        <translation>Alle Vorabprüfungen bestanden.</translation>
    </message>
    <message>
        <source>Preflight failed; nothing was changed on any master.</source>
        <translation>Vorabprüfung fehlgeschlagen; auf keinem Master wurde etwas geändert.</translation>
    </message>
    <message>
        <source>Failed checks: %1.</source>
        <translation>Fehlgeschlagene Prüfungen: %1.</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Every master is checked before anything changes: SSH and sudo, disk space, the env file, the ensembles, quorum, and that every server applies a test write. Nothing is written to the masters&apos; configuration.</source>
        <translation>Jeder Master wird geprüft, bevor sich etwas ändert: SSH und sudo, Speicherplatz, die Env-Datei, die Ensembles, das Quorum und dass jeder Server einen Testschreibvorgang übernimmt. In die Konfiguration der Master wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>all masters</source>
        <translation>alle Master</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The resumed run stopped.</source>
        <translation>Der fortgesetzte Lauf hat angehalten.</translation>
    </message>
    <message>
        <source>Preflight stopped the migration.</source>
        <translation>Die Vorabprüfung hat die Migration angehalten.</translation>
    </message>
    <message>
        <source>The masters are inspected; the run goes on where it stopped.</source>
        <translation>Die Master sind untersucht; der Lauf geht dort weiter, wo er angehalten hat.</translation>
    </message>
    <message>
        <source>All checks passed. Next shows what the backup will do.</source>
        <translation>Alle Prüfungen bestanden. „Weiter“ zeigt, was die Sicherung tun wird.</translation>
    </message>
    <message>
        <source>Inspecting where the earlier run stopped…</source>
        <translation>Es wird untersucht, wo der frühere Lauf angehalten hat …</translation>
    </message>
    <message>
        <source>Checking every master…</source>
        <translation>Jeder Master wird geprüft …</translation>
    </message>
    <message>
        <source>passed with a warning</source>
        <translation>mit Warnung bestanden</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the sudo password of %2. No sudo command is sent to any master until you enter it again.</source>
        <translation>sudo auf %1 hat das sudo-Passwort von %2 nicht akzeptiert. Kein sudo-Befehl wird an einen Master gesendet, bis Sie es erneut eingeben.</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 is a symbolic link; refusing to write through it. Remove the link or choose another directory.</source>
        <translation>%1 ist ein symbolischer Link; es wird nicht durch ihn hindurch geschrieben. Entfernen Sie den Link oder wählen Sie ein anderes Verzeichnis.</translation>
    </message>
    <message>
        <source>cannot create the directory %1: a file of that name is in the way</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden: Eine Datei dieses Namens steht im Weg</translation>
    </message>
    <message>
        <source>cannot make %1 private (0700): %2</source>
        <translation>%1 kann nicht privat gemacht werden (0700): %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>das Verzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: not a file name</source>
        <translation>%1 kann nicht geschrieben werden: kein Dateiname</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it. Remove the link or choose another name.</source>
        <translation>%1 ist ein symbolischer Link; es wird nicht durch ihn hindurch geschrieben. Entfernen Sie den Link oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>R&amp;oll back…</source>
        <translation>Roll&amp;back…</translation>
    </message>
    <message>
        <source>Roll back to the original configuration</source>
        <translation>Auf die ursprüngliche Konfiguration zurückrollen</translation>
    </message>
    <message>
        <source>Restores exhibitor.orig on every master, after a confirmation.</source>
        <translation>Stellt nach einer Bestätigung exhibitor.orig auf jedem Master wieder her.</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot read the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Exhibitor migration report</source>
        <translation>Exhibitor-Migrationsbericht</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Exhibitor migration report %1</source>
        <translation>Exhibitor-Migrationsbericht %1</translation>
    </message>
    <message>
        <source>Exhibitor migration report</source>
        <translation>Exhibitor-Migrationsbericht</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>config.yaml</source>
        <translation>config.yaml</translation>
    </message>
    <message>
        <source>config.yaml for DC/OS afterwards</source>
        <translation>config.yaml für DC/OS danach</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Phase A ensemble</source>
        <translation>Ensemble für Phase A</translation>
    </message>
    <message>
        <source>Phase B ensemble</source>
        <translation>Ensemble für Phase B</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>Phase B</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>Dauer (ms)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Quorum-loss windows</source>
        <translation>Zeitfenster ohne Quorum</translation>
    </message>
    <message>
        <source>The polls never saw the ensemble without quorum.</source>
        <translation>Die Abfragen haben das Ensemble nie ohne Quorum gesehen.</translation>
    </message>
    <message>
        <source>After the restart of</source>
        <translation>Nach dem Neustart von</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Env files</source>
        <translation>Env-Dateien</translation>
    </message>
    <message>
        <source>before sha256 %1, after sha256 %2, exhibitor.orig sha256 %3</source>
        <translation>vorher sha256 %1, nachher sha256 %2, exhibitor.orig sha256 %3</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Timeline per master</source>
        <translation>Zeitverlauf pro Master</translation>
    </message>
    <message>
        <source>Commands and output</source>
        <translation>Befehle und Ausgaben</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>pass, warning</source>
        <translation>bestanden, Warnung</translation>
    </message>
    <message>
        <source>Data on a live cluster</source>
        <translation>Daten auf einem laufenden Cluster</translation>
    </message>
    <message>
        <source>Between the preflight snapshot (zxid 0x%1) and Verify, other clients kept writing: their changes are counted; a znode that went back in time or vanished without a change of its parent fails the check.</source>
        <translation>Zwischen dem Snapshot der Vorabprüfung (zxid 0x%1) und der Überprüfung haben andere Clients weiter geschrieben: Ihre Änderungen werden gezählt; ein Znode, der in der Zeit zurückging oder ohne Änderung seines Elternknotens verschwand, lässt die Prüfung scheitern.</translation>
    </message>
    <message>
        <source>znodes in the snapshot</source>
        <translation>Znodes im Snapshot</translation>
    </message>
    <message>
        <source>znodes at Verify</source>
        <translation>Znodes bei der Überprüfung</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>added by other clients</source>
        <translation>von anderen Clients hinzugefügt</translation>
    </message>
    <message>
        <source>changed by other clients</source>
        <translation>von anderen Clients geändert</translation>
    </message>
    <message>
        <source>removed by other clients</source>
        <translation>von anderen Clients entfernt</translation>
    </message>
    <message>
        <source>went back in time or vanished</source>
        <translation>in der Zeit zurückgegangen oder verschwunden</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>ausgelassen</translation>
    </message>
    <message>
        <source>not compared (no permission to read)</source>
        <translation>nicht verglichen (keine Leseberechtigung)</translation>
    </message>
    <message>
        <source>Restarts, step by step</source>
        <translation>Neustarts, Schritt für Schritt</translation>
    </message>
    <message>
        <source>Milliseconds after the restart began; empty where the step was not reached. Exhibitor&apos;s REST: when it took the request to start ZooKeeper at once.</source>
        <translation>Millisekunden nach Beginn des Neustarts; leer, wo der Schritt nicht erreicht wurde. REST von Exhibitor: wann es die Bitte annahm, ZooKeeper sofort zu starten.</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Unit stopped</source>
        <translation>Unit gestoppt</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST</source>
        <translation>REST von Exhibitor</translation>
    </message>
    <message>
        <source>ZooKeeper up</source>
        <translation>ZooKeeper läuft</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Bedient Anfragen</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>Aufgeholt</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>RestartOperation</name>
    <message>
        <source>Restart %1 (%2 of the rolling restart)</source>
        <translation>%1 neu starten (Nr. %2 des rollierenden Neustarts)</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on %1</source>
        <translation>dcos-exhibitor auf %1 neu starten</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on one master (expected: %1), then %2. The master is chosen when the restart is due: followers first, the leader last.</source>
        <translation>dcos-exhibitor auf einem Master neu starten (erwartet: %1), dann %2. Der Master wird gewählt, wenn der Neustart ansteht: zuerst die Follower, zuletzt der Leader.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Rollback restarts it again once exhibitor.orig is back.</source>
        <translation>Das Rollback startet ihn erneut, sobald exhibitor.orig wiederhergestellt ist.</translation>
    </message>
    <message>
        <source>no master is left to restart in this phase</source>
        <translation>in dieser Phase ist kein Master mehr neu zu starten</translation>
    </message>
    <message>
        <source>restart order from here: %1 (leader now: %2)</source>
        <translation>Neustartreihenfolge ab hier: %1 (Leader jetzt: %2)</translation>
    </message>
    <message>
        <source>restarting; then: %1</source>
        <translation>starte neu; dann: %1</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <source>The leader (%1) is not restarted in Phase A: Phase B restarts it anyway, last, so the ensemble goes through one leader election fewer.</source>
        <translation>Der Leader (%1) wird in Phase A nicht neu gestartet: Phase B startet ihn ohnehin als letzten neu, so durchläuft das Ensemble eine Leader-Wahl weniger.</translation>
    </message>
    <message>
        <source>%1 is the leader: its restart is left to Phase B, which restarts it anyway, so the ensemble goes through one leader election fewer</source>
        <translation>%1 ist der Leader: Sein Neustart bleibt Phase B überlassen, die ihn ohnehin neu startet, so durchläuft das Ensemble eine Leader-Wahl weniger</translation>
    </message>
    <message>
        <source>Phase B has begun; its restarts take over</source>
        <translation>Phase B hat begonnen; ihre Neustarts übernehmen</translation>
    </message>
    <message>
        <source>stopped: the old numbering has lost its majority</source>
        <translation>gestoppt: Die alte Nummerierung hat ihre Mehrheit verloren</translation>
    </message>
    <message>
        <source>stopping its ZooKeeper until its own restart: the old numbering loses its majority now, and a server left on it would disturb the new ensemble&apos;s election</source>
        <translation>ZooKeeper wird bis zum eigenen Neustart gestoppt: Die alte Nummerierung verliert jetzt ihre Mehrheit, und ein Server, der darauf weiterläuft, würde die Wahl des neuen Ensembles stören</translation>
    </message>
    <message>
        <source>could not stop dcos-exhibitor (%1); the new ensemble&apos;s election may take longer</source>
        <translation>dcos-exhibitor konnte nicht gestoppt werden (%1); die Wahl des neuen Ensembles kann länger dauern</translation>
    </message>
    <message>
        <source>Just before, %1 stop (all of them before this restart begins): the old numbering loses its majority here, so their ZooKeeper waits, stopped, for their own restart instead of disturbing the new ensemble&apos;s election.</source>
        <translation>Unmittelbar davor werden %1 gestoppt (alle, bevor dieser Neustart beginnt): Die alte Nummerierung verliert hier ihre Mehrheit, daher wartet deren ZooKeeper gestoppt auf den eigenen Neustart, statt die Wahl des neuen Ensembles zu stören.</translation>
    </message>
    <message>
        <source>the other masters on the old numbering are stopped; restarting it on the new numbering now</source>
        <translation>die übrigen Master mit der alten Nummerierung sind gestoppt; er wird jetzt mit der neuen Nummerierung neu gestartet</translation>
    </message>
    <message>
        <source>Once the new Exhibitor&apos;s REST answers it is asked to start ZooKeeper at once, not at its first check (check-ms, 30 s on DC/OS); where it cannot be asked the settle gate waits for that check, up to %1 s.</source>
        <translation>Sobald die REST-Schnittstelle des neuen Exhibitor antwortet, wird er gebeten, ZooKeeper sofort zu starten, nicht erst bei seiner ersten Prüfung (check-ms, 30 s unter DC/OS); wo er nicht gefragt werden kann, wartet das Settle-Gate auf diese Prüfung, bis zu %1 s.</translation>
    </message>
    <message>
        <source>ZooKeeper starts at Exhibitor&apos;s first check (check-ms, 30 s on DC/OS); the settle gate waits up to %1 s.</source>
        <translation>ZooKeeper startet bei der ersten Prüfung von Exhibitor (check-ms, 30 s unter DC/OS); das Settle-Gate wartet bis zu %1 s.</translation>
    </message>
    <message>
        <source>systemctl %1 on %2 failed: %3. The run stops here.</source>
        <translation>systemctl %1 auf %2 ist fehlgeschlagen: %3. Der Lauf hält hier an.</translation>
    </message>
</context>
<context>
    <name>RestartPlanner</name>
    <message>
        <source>wait until it serves, the ensemble has one leader and a majority serving, and it has caught up with the leader</source>
        <translation>warten, bis er Anfragen bedient, das Ensemble einen Leader hat und eine Mehrheit Anfragen bedient, und er den Stand des Leaders erreicht hat</translation>
    </message>
    <message>
        <source>expected: it does not serve until a majority runs the new numbering; wait until its ZooKeeper runs and the remaining masters still have one leader and a majority serving</source>
        <translation>erwartet: Er bedient keine Anfragen, bis eine Mehrheit mit der neuen Nummerierung läuft; warten, bis sein ZooKeeper läuft und die übrigen Master weiterhin einen Leader und eine Mehrheit haben, die Anfragen bedient</translation>
    </message>
    <message>
        <source>this restart gives the new numbering a majority: wait until the new ensemble has one leader and a majority serving</source>
        <translation>dieser Neustart verschafft der neuen Nummerierung die Mehrheit: warten, bis das neue Ensemble einen Leader hat und eine Mehrheit Anfragen bedient</translation>
    </message>
    <message>
        <source>expected: no side has a majority after this restart; the next restart follows at once</source>
        <translation>erwartet: Nach diesem Neustart hat keine Seite eine Mehrheit; der nächste Neustart folgt sofort</translation>
    </message>
</context>
<context>
    <name>RestartWatch</name>
    <message>
        <source>%1: %2 has been &apos;activating&apos; for %3 s: systemd restarts it every 5 s after a failed start (Restart=always), so a start that keeps failing never shows as &apos;failed&apos;. On DC/OS that is usually start_exhibitor.py refusing to start because this master&apos;s IP (ip-detect) is not in the static ensemble; journalctl -u %2 says why.</source>
        <translation>%1: %2 ist seit %3 s &apos;activating&apos;: systemd startet die Unit nach einem fehlgeschlagenen Start alle 5 s neu (Restart=always), daher erscheint ein Start, der immer wieder fehlschlägt, nie als &apos;failed&apos;. Unter DC/OS verweigert dann meist start_exhibitor.py den Start, weil die IP dieses Masters (ip-detect) nicht im statischen Ensemble steht; journalctl -u %2 nennt den Grund.</translation>
    </message>
    <message>
        <source>%1: ZooKeeper went down again after %2 s while %3 stayed active; Exhibitor starts it again at its next check. Bounce %4; the gate keeps waiting.</source>
        <translation>%1: ZooKeeper ist nach %2 s wieder ausgefallen, während %3 aktiv blieb; Exhibitor startet ihn bei seiner nächsten Prüfung erneut. Neustart Nr. %4; das Settle-Gate wartet weiter.</translation>
    </message>
    <message>
        <source>%1: Exhibitor restarted ZooKeeper after %2 s without serving: its monitor restarts a ZooKeeper that does not serve within 2·tickTime·max(initLimit, syncLimit) (40 s on DC/OS), which is expected while an ensemble forms. Bounce %3; the gate keeps waiting.</source>
        <translation>%1: Exhibitor hat ZooKeeper nach %2 s neu gestartet, ohne dass er Anfragen bedient hat: Sein Monitor startet einen ZooKeeper neu, der nicht innerhalb von 2·tickTime·max(initLimit, syncLimit) (40 s unter DC/OS) Anfragen bedient; das ist so erwartet, solange sich ein Ensemble bildet. Neustart Nr. %3; das Settle-Gate wartet weiter.</translation>
    </message>
    <message>
        <source>%1 kept failing to start (systemd &apos;activating&apos; in a loop)</source>
        <translation>%1 ist wiederholt beim Start fehlgeschlagen (systemd &apos;activating&apos; in einer Schleife)</translation>
    </message>
    <message numerus="yes">
        <source>Exhibitor restarted ZooKeeper %n time(s) while it did not serve</source>
        <translation>
            <numerusform>Exhibitor hat ZooKeeper %n-mal neu gestartet, während er keine Anfragen bediente</numerusform>
            <numerusform>Exhibitor hat ZooKeeper %n-mal neu gestartet, während er keine Anfragen bediente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreOperation</name>
    <message>
        <source>Restore exhibitor.orig on every changed master</source>
        <translation>exhibitor.orig auf jedem geänderten Master wiederherstellen</translation>
    </message>
    <message>
        <source>Where %1 differs from %2: write the backup back (atomic write, checksum verified).</source>
        <translation>Wo %1 von %2 abweicht: die Sicherung zurückschreiben (atomares Schreiben, Prüfsumme geprüft).</translation>
    </message>
    <message>
        <source>no exhibitor.orig, and %1 is the original: nothing to restore</source>
        <translation>kein exhibitor.orig, und %1 ist das Original: nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>%1 has no %2 and its env file is not known to be the original: restore it by hand.</source>
        <translation>%1 hat kein %2, und es ist nicht bekannt, ob seine Env-Datei das Original ist: Stellen Sie sie von Hand wieder her.</translation>
    </message>
    <message>
        <source>%1 on %2 is not the backup this run made (sha256 %3, expected %4); nothing was restored.</source>
        <translation>%1 auf %2 ist nicht die Sicherung dieses Laufs (sha256 %3, erwartet %4); nichts wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>%1 already equals exhibitor.orig</source>
        <translation>%1 gleicht bereits exhibitor.orig</translation>
    </message>
    <message>
        <source>read back sha256 %1, expected %2</source>
        <translation>zurückgelesen sha256 %1, erwartet %2</translation>
    </message>
    <message>
        <source>Restoring %1 on %2 failed: %3</source>
        <translation>Wiederherstellen von %1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Every env file is the original again.</source>
        <translation>Jede Env-Datei ist wieder das Original.</translation>
    </message>
    <message>
        <source>atomic write of %1 with the content of %2 (or, where the backup recorded a symbolic link, that link again)</source>
        <translation>atomares Schreiben von %1 mit dem Inhalt von %2 (oder, wo die Sicherung einen symbolischen Link festgehalten hat, wieder dieser Link)</translation>
    </message>
    <message>
        <source>putting back the link recorded in %1.link failed (status %2): %3</source>
        <translation>das Zurücksetzen des in %1.link festgehaltenen Links ist fehlgeschlagen (Status %2): %3</translation>
    </message>
    <message>
        <source>%1 is the link it was before the migration again</source>
        <translation>%1 ist wieder der Link, der er vor der Migration war</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>&amp;Resume the run</source>
        <translation>Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>Zurück&amp;rollen</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>An unfinished run was found</source>
        <translation>Ein nicht beendeter Lauf wurde gefunden</translation>
    </message>
    <message>
        <source>A migration or rollback did not finish. Resume it where it stopped, roll the cluster back to how it was, or put the run aside.</source>
        <translation>Eine Migration oder ein Rollback wurde nicht beendet. Setzen Sie den Lauf dort fort, wo er angehalten hat, rollen Sie den Cluster auf den vorherigen Stand zurück oder legen Sie den Lauf beiseite.</translation>
    </message>
    <message>
        <source>The unfinished run</source>
        <translation>Der nicht beendete Lauf</translation>
    </message>
    <message>
        <source>Resume the unfinished run</source>
        <translation>Den nicht beendeten Lauf fortsetzen</translation>
    </message>
    <message>
        <source>Connects to the masters again and continues after the last step that finished.</source>
        <translation>Verbindet sich erneut mit den Mastern und macht nach dem letzten abgeschlossenen Schritt weiter.</translation>
    </message>
    <message>
        <source>Roll the unfinished run back</source>
        <translation>Den nicht beendeten Lauf zurückrollen</translation>
    </message>
    <message>
        <source>Connects to the masters and restores every master&apos;s backed-up Exhibitor file.</source>
        <translation>Verbindet sich mit den Mastern und stellt auf jedem Master die gesicherte Exhibitor-Datei wieder her.</translation>
    </message>
    <message>
        <source>Discard the unfinished run</source>
        <translation>Den nicht beendeten Lauf verwerfen</translation>
    </message>
    <message>
        <source>Keeps the journal, renamed, and starts a new migration. The cluster is left as it is.</source>
        <translation>Behält das Journal unter neuem Namen und beginnt eine neue Migration. Der Cluster bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>No unfinished run.</source>
        <translation>Kein nicht beendeter Lauf.</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>Cluster: %1</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>Master: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Zustand: %1</translation>
    </message>
    <message>
        <source>Stopped at: %1</source>
        <translation>Angehalten bei: %1</translation>
    </message>
    <message>
        <source>between two steps</source>
        <translation>zwischen zwei Schritten</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>Letzte Änderung: %1</translation>
    </message>
    <message>
        <source>config.yaml: %1</source>
        <translation>config.yaml: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished run(s) will be shown after this one.</source>
        <translation>
            <numerusform>Nach diesem wird %n weiterer nicht beendeter Lauf angezeigt.</numerusform>
            <numerusform>Nach diesem werden %n weitere nicht beendete Läufe angezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s config.yaml %1: %2</source>
        <translation>Die config.yaml %1 des Laufs kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>config.yaml changed</source>
        <translation>config.yaml geändert</translation>
    </message>
    <message>
        <source>%1 changed since the run started. The run&apos;s plan came from the old content; continue with the file as it is now?</source>
        <translation>%1 hat sich seit dem Start des Laufs geändert. Der Plan des Laufs stammt aus dem alten Inhalt; mit der Datei, wie sie jetzt ist, fortfahren?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortfahren</translation>
    </message>
    <message>
        <source>The config.yaml changed since the run started.</source>
        <translation>Die config.yaml hat sich seit dem Start des Laufs geändert.</translation>
    </message>
    <message>
        <source>The run&apos;s config.yaml %1 cannot be used:
%2</source>
        <translation>Die config.yaml %1 des Laufs kann nicht verwendet werden:
%2</translation>
    </message>
    <message>
        <source>Discard the unfinished run?</source>
        <translation>Den nicht beendeten Lauf verwerfen?</translation>
    </message>
    <message>
        <source>The cluster stays as the run left it; a new migration starts from what the masters run now. The journal is kept as %1.</source>
        <translation>Der Cluster bleibt, wie der Lauf ihn hinterlassen hat; eine neue Migration geht von dem aus, was jetzt auf den Mastern läuft. Das Journal wird als %1 behalten.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Cannot rename the journal %1: %2</source>
        <translation>Das Journal %1 kann nicht umbenannt werden: %2</translation>
    </message>
    <message>
        <source>This run is going on now, from another window or the command line. Wait for it to end, then open the wizard again to resume or roll it back.</source>
        <translation>Dieser Lauf findet gerade statt, aus einem anderen Fenster oder von der Befehlszeile. Warten Sie, bis er endet, und öffnen Sie dann den Assistenten erneut, um ihn fortzusetzen oder zurückzurollen.</translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>Restore exhibitor.orig on every changed master, restart safely, verify the original IDs.</source>
        <translation>exhibitor.orig auf jedem geänderten Master wiederherstellen, sicher neu starten, die ursprünglichen IDs überprüfen.</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate rollback --config FILE [--ids FILE] [SSH options] [--yes] [--pause-each] [--report DIR] [--format text|json]</source>
        <translation>Aufruf: exhibitor-migrate rollback --config DATEI [--ids DATEI] [SSH-Optionen] [--yes] [--pause-each] [--report VERZEICHNIS] [--format text|json]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Puts every master back on its original env file (exhibitor.orig, byte for byte), restarts the masters the migration changed one at a time with the same settle gate, and verifies that the ensemble runs its original IDs again. The original IDs come from the run&apos;s journal; without one, give them with --ids. Ctrl+C, SIGTERM and SIGHUP stop it after its current step (exit status 130).</source>
        <translation>Setzt jeden Master auf seine ursprüngliche Env-Datei zurück (exhibitor.orig, Byte für Byte), startet die von der Migration geänderten Master einzeln mit demselben Settle-Gate neu und prüft, dass das Ensemble wieder mit seinen ursprünglichen IDs läuft. Die ursprünglichen IDs kommen aus dem Journal des Laufs; ohne Journal geben Sie sie mit --ids an. Strg+C, SIGTERM und SIGHUP halten es nach seinem laufenden Schritt an (Exit-Status 130).</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Another run is still active.</source>
        <translation>Ein anderer Lauf ist noch aktiv.</translation>
    </message>
    <message>
        <source>%1
The sudo password was not entered again: no further sudo command was sent to any master.</source>
        <translation>%1
Das sudo-Passwort wurde nicht erneut eingegeben: Kein weiterer sudo-Befehl wurde an einen Master gesendet.</translation>
    </message>
</context>
<context>
    <name>RunEstimate</name>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), %1</source>
        <translation>
            <numerusform>%n Neustart, %1</numerusform>
            <numerusform>%n Neustarts, %1</numerusform>
        </translation>
    </message>
    <message>
        <source>No restarts: ZooKeeper keeps serving.</source>
        <translation>Keine Neustarts: ZooKeeper bedient weiter Anfragen.</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), one at a time, followers first; the leader is left to Phase B.</source>
        <translation>
            <numerusform>%n Neustart, einer nach dem anderen, zuerst die Follower; der Leader bleibt Phase B überlassen.</numerusform>
            <numerusform>%n Neustarts, einer nach dem anderen, zuerst die Follower; der Leader bleibt Phase B überlassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), one at a time: %1. The leader %2 is left to Phase B.</source>
        <translation>
            <numerusform>%n Neustart, einer nach dem anderen: %1. Der Leader %2 bleibt Phase B überlassen.</numerusform>
            <numerusform>%n Neustarts, einer nach dem anderen: %1. Der Leader %2 bleibt Phase B überlassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n restart(s), one at a time, in the safe order (expected: %1).</source>
        <translation>
            <numerusform>Bis zu %n Neustart, einer nach dem anderen, in der sicheren Reihenfolge (erwartet: %1).</numerusform>
            <numerusform>Bis zu %n Neustarts, einer nach dem anderen, in der sicheren Reihenfolge (erwartet: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), one at a time: %1.</source>
        <translation>
            <numerusform>%n Neustart, einer nach dem anderen: %1.</numerusform>
            <numerusform>%n Neustarts, einer nach dem anderen: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected duration: %1.</source>
        <translation>Erwartete Dauer: %1.</translation>
    </message>
    <message>
        <source>Expected duration: %1 (each restart %2).</source>
        <translation>Erwartete Dauer: %1 (jeder Neustart %2).</translation>
    </message>
    <message>
        <source>Quorum: unchanged.</source>
        <translation>Quorum: unverändert.</translation>
    </message>
    <message>
        <source>Quorum change: at the restart of %1 the new numbering gets its majority (%2); expected %3 without quorum.</source>
        <translation>Quorumwechsel: Beim Neustart von %1 erhält die neue Nummerierung ihre Mehrheit (%2); erwartet %3 ohne Quorum.</translation>
    </message>
    <message>
        <source>%1 stay stopped meanwhile and join on the new numbering afterwards.</source>
        <translation>%1 bleiben währenddessen angehalten und treten danach mit der neuen Nummerierung bei.</translation>
    </message>
    <message>
        <source>Quorum: held throughout, except one leader election when the leader %1 restarts last (%2 without a leader).</source>
        <translation>Quorum: durchgehend gehalten, außer einer Leader-Wahl, wenn der Leader %1 als letzter neu startet (%2 ohne Leader).</translation>
    </message>
    <message>
        <source>Quorum: held throughout; one master at a time is down, the leader stays.</source>
        <translation>Quorum: durchgehend gehalten; jeweils ein Master ist außer Betrieb, der Leader bleibt.</translation>
    </message>
    <message>
        <source>Clients: no reconnects.</source>
        <translation>Clients: keine Neuverbindungen.</translation>
    </message>
    <message>
        <source>Clients: every client of ZooKeeper (Mesos masters, Marathon, Metronome, DC/OS services) loses its connection during the quorum change and reconnects; sessions survive when the change is shorter than their timeout (Mesos and Marathon: 10 s). Clients connected to %1 also reconnect once when their master restarts.</source>
        <translation>Clients: Jeder Client von ZooKeeper (Mesos-Master, Marathon, Metronome, DC/OS-Dienste) verliert während des Quorumwechsels seine Verbindung und verbindet sich neu; Sitzungen bleiben erhalten, wenn der Wechsel kürzer als ihr Timeout ist (Mesos und Marathon: 10 s). Clients, die mit %1 verbunden sind, verbinden sich außerdem einmal neu, wenn ihr Master neu startet.</translation>
    </message>
    <message>
        <source>Warning: the expected change is not shorter than 10 s; sessions may expire and those services restart their leader election.</source>
        <translation>Warnung: Der erwartete Wechsel ist nicht kürzer als 10 s; Sitzungen können ablaufen, und diese Dienste starten ihre Leader-Wahl neu.</translation>
    </message>
    <message>
        <source>Clients: those connected to %1 reconnect to another master once, when it restarts; their sessions survive.</source>
        <translation>Clients: Die mit %1 verbundenen Clients verbinden sich einmal mit einem anderen Master, wenn ihr Master neu startet; ihre Sitzungen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Requests in flight during the leader election fail and are retried.</source>
        <translation>Anfragen, die während der Leader-Wahl unterwegs sind, schlagen fehl und werden wiederholt.</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n restart(s) measured in this run (each %1 until it served).</source>
        <translation>
            <numerusform>Beruht auf %n in diesem Lauf gemessenen Neustart (%1, bis er Anfragen bediente).</numerusform>
            <numerusform>Beruht auf %n in diesem Lauf gemessenen Neustarts (jeder %1, bis er Anfragen bediente).</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on DC/OS&apos;s usual timing (the unit&apos;s stop, Exhibitor&apos;s start, ZooKeeper started at once through Exhibitor&apos;s REST); refined after the first restart.</source>
        <translation>Beruht auf den üblichen Zeiten von DC/OS (Anhalten der Unit, Start von Exhibitor, ZooKeeper sofort über die REST-Schnittstelle von Exhibitor gestartet); wird nach dem ersten Neustart präzisiert.</translation>
    </message>
    <message>
        <source>Based on DC/OS&apos;s usual timing, ZooKeeper starting at Exhibitor&apos;s first check (check-ms %1 s after it started); refined after the first restart.</source>
        <translation>Beruht auf den üblichen Zeiten von DC/OS, wobei ZooKeeper bei der ersten Prüfung von Exhibitor startet (check-ms, %1 s nach dessen Start); wird nach dem ersten Neustart präzisiert.</translation>
    </message>
    <message>
        <source>Based on how long preflight took: it reads the same masters and the same tree.</source>
        <translation>Beruht auf der Dauer der Vorabprüfung: Sie liest dieselben Master und denselben Baum.</translation>
    </message>
    <message>
        <source>Based on a typical cluster; preflight&apos;s own time was not measured.</source>
        <translation>Beruht auf einem typischen Cluster; die Dauer der Vorabprüfung wurde nicht gemessen.</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), %1, %2 without quorum</source>
        <translation>
            <numerusform>%n Neustart, %1, %2 ohne Quorum</numerusform>
            <numerusform>%n Neustarts, %1, %2 ohne Quorum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%1 auf %2 (Prozess %3) seit %4</translation>
    </message>
    <message>
        <source>run %1 of %2 on %3 (process %4) since %5</source>
        <translation>Lauf %1 von %2 auf %3 (Prozess %4) seit %5</translation>
    </message>
    <message>
        <source>Cannot open the run lock %1: %2</source>
        <translation>Die Laufsperre %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot lock the run lock %1: %2</source>
        <translation>Die Laufsperre %1 kann nicht gesperrt werden: %2</translation>
    </message>
    <message>
        <source>Another run of this cluster holds %1 (it is starting). Wait for it to end, or stop it.</source>
        <translation>Ein anderer Lauf dieses Clusters hält %1 (er startet gerade). Warten Sie, bis er endet, oder halten Sie ihn an.</translation>
    </message>
    <message>
        <source>Another run of this cluster holds %1: %2. Wait for it to end, or stop it there.</source>
        <translation>Ein anderer Lauf dieses Clusters hält %1: %2. Warten Sie, bis er endet, oder halten Sie ihn dort an.</translation>
    </message>
</context>
<context>
    <name>RunLogModel</name>
    <message>
        <source>info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>error output</source>
        <translation>Fehlerausgabe</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the run</source>
        <translation>der Lauf</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>Journal</translation>
    </message>
</context>
<context>
    <name>RunMastersModel</name>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>working</source>
        <translation>arbeitet</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>startet neu</translation>
    </message>
    <message>
        <source>settling</source>
        <translation>stabilisiert sich</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>noch nicht abgefragt</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>läuft nicht</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>bedient keine Anfragen</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>RunPhasePage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>Lauf abbre&amp;chen</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>Rollback läuft</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>Läuft: %1</translation>
    </message>
    <message>
        <source>Pause stops after the current step (never in the middle of a restart); Cancel run stops there for good, to resume or roll back later.</source>
        <translation>„Pausieren“ hält nach dem laufenden Schritt an (nie mitten in einem Neustart); „Lauf abbrechen“ hält dort endgültig an, um später fortzusetzen oder zurückzurollen.</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>Fortschritt des Laufs</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <source>Each master&apos;s state</source>
        <translation>Zustand jedes Masters</translation>
    </message>
    <message>
        <source>Pause or continue the run</source>
        <translation>Lauf pausieren oder fortsetzen</translation>
    </message>
    <message>
        <source>Cancel the run after the current step</source>
        <translation>Lauf nach dem laufenden Schritt abbrechen</translation>
    </message>
    <message>
        <source>&amp;Masters:</source>
        <translation>Mas&amp;ter:</translation>
    </message>
    <message>
        <source>Quorum: not polled yet in this phase.</source>
        <translation>Quorum: in dieser Phase noch nicht abgefragt.</translation>
    </message>
    <message>
        <source>Quorum: yes — leader %1, %2 of %3 serving.</source>
        <translation>Quorum: ja – Leader %1, %2 von %3 bedienen Anfragen.</translation>
    </message>
    <message>
        <source>Quorum: NONE — %1 of %2 serving, %3.</source>
        <translation>Quorum: KEINES – %1 von %2 bedienen Anfragen, %3.</translation>
    </message>
    <message>
        <source>no single leader</source>
        <translation>kein eindeutiger Leader</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>Leader %1</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>F&amp;ortsetzen</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>Der Lauf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>%1
The masters stay as they are now. Roll back to restore the original configuration, or resume later from the journal.</source>
        <translation>%1
Die Master bleiben, wie sie jetzt sind. Rollen Sie zurück, um die ursprüngliche Konfiguration wiederherzustellen, oder setzen Sie später anhand des Journals fort.</translation>
    </message>
    <message>
        <source>%1 is done. Next shows what comes next.</source>
        <translation>%1 ist erledigt. „Weiter“ zeigt, was als Nächstes kommt.</translation>
    </message>
    <message>
        <source>Paused after the last completed step. Continue when ready.</source>
        <translation>Nach dem letzten abgeschlossenen Schritt pausiert. Setzen Sie fort, sobald Sie bereit sind.</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>Pause nach dem laufenden Schritt …</translation>
    </message>
    <message>
        <source>%1 is running…</source>
        <translation>%1 läuft …</translation>
    </message>
    <message>
        <source>Ensemble now</source>
        <translation>Ensemble jetzt</translation>
    </message>
</context>
<context>
    <name>S3SpecReader</name>
    <message>
        <source>config.yaml does not say where the S3 backend keeps Exhibitor&apos;s shared config: %1 missing</source>
        <translation>config.yaml gibt nicht an, wo das S3-Backend die gemeinsame Konfiguration von Exhibitor ablegt: %1 fehlt</translation>
    </message>
    <message>
        <source>no AWS keys to read %1: config.yaml has no aws_access_key_id and aws_secret_access_key (with exhibitor_explicit_keys false the masters read the bucket with their instance role, which this workstation does not have). Add the keys of an IAM user that may read the object to config.yaml, or take the IDs from another source.</source>
        <translation>keine AWS-Schlüssel zum Lesen von %1: config.yaml hat weder aws_access_key_id noch aws_secret_access_key (mit exhibitor_explicit_keys false lesen die Master den Bucket mit ihrer Instanzrolle, die diese Arbeitsstation nicht hat). Tragen Sie die Schlüssel eines IAM-Benutzers, der das Objekt lesen darf, in config.yaml ein, oder nehmen Sie die IDs aus einer anderen Quelle.</translation>
    </message>
    <message>
        <source>the S3 endpoint %1 (%2) is not an http(s) URL</source>
        <translation>der S3-Endpunkt %1 (%2) ist keine http(s)-URL</translation>
    </message>
    <message>
        <source>the S3 object %1 (%2)</source>
        <translation>das S3-Objekt %1 (%2)</translation>
    </message>
    <message>
        <source>the S3 object %1 at %2 (%3)</source>
        <translation>das S3-Objekt %1 unter %2 (%3)</translation>
    </message>
    <message>
        <source>S3 refused the request for %1 (403 SignatureDoesNotMatch): aws_secret_access_key is not the secret of aws_access_key_id. Correct the keys in config.yaml.</source>
        <translation>S3 hat die Anfrage für %1 abgelehnt (403 SignatureDoesNotMatch): aws_secret_access_key ist nicht das Geheimnis zu aws_access_key_id. Korrigieren Sie die Schlüssel in config.yaml.</translation>
    </message>
    <message>
        <source>S3 refused the request for %1 (403 InvalidAccessKeyId): aws_access_key_id is not a known key. Correct the keys in config.yaml.</source>
        <translation>S3 hat die Anfrage für %1 abgelehnt (403 InvalidAccessKeyId): aws_access_key_id ist kein bekannter Schlüssel. Korrigieren Sie die Schlüssel in config.yaml.</translation>
    </message>
    <message>
        <source>S3 refused the request for %1 (403 RequestTimeTooSkewed): this workstation&apos;s clock is more than 15 minutes off. Set the clock right.</source>
        <translation>S3 hat die Anfrage für %1 abgelehnt (403 RequestTimeTooSkewed): Die Uhr dieser Arbeitsstation geht mehr als 15 Minuten falsch. Stellen Sie die Uhr richtig.</translation>
    </message>
    <message>
        <source>S3 refused to read %1 (403 %2): the keys may not read objects in bucket %3, the object does not exist and they may not list the bucket, or the bucket&apos;s policy admits only the cluster&apos;s network. Check the keys, s3_prefix and the bucket policy.</source>
        <translation>S3 hat das Lesen von %1 abgelehnt (403 %2): Die Schlüssel dürfen keine Objekte in Bucket %3 lesen, das Objekt existiert nicht und sie dürfen den Bucket nicht auflisten, oder die Richtlinie des Buckets lässt nur das Netz des Clusters zu. Prüfen Sie die Schlüssel, s3_prefix und die Bucket-Richtlinie.</translation>
    </message>
    <message>
        <source>S3 has no bucket %1 (404 NoSuchBucket). Check s3_bucket in config.yaml.</source>
        <translation>S3 hat keinen Bucket %1 (404 NoSuchBucket). Prüfen Sie s3_bucket in config.yaml.</translation>
    </message>
    <message>
        <source>S3 bucket %1 has no object %2 (404 %3): Exhibitor writes it at its first start. Check s3_prefix in config.yaml.</source>
        <translation>Der S3-Bucket %1 hat kein Objekt %2 (404 %3): Exhibitor schreibt es bei seinem ersten Start. Prüfen Sie s3_prefix in config.yaml.</translation>
    </message>
    <message>
        <source>S3 bucket %1 is not in region %2 (%3 %4). Correct aws_region in config.yaml.</source>
        <translation>Der S3-Bucket %1 ist nicht in Region %2 (%3 %4). Korrigieren Sie aws_region in config.yaml.</translation>
    </message>
    <message>
        <source>S3 bucket %1 is in region %2, not %3 (aws_region). Correct aws_region in config.yaml.</source>
        <translation>Der S3-Bucket %1 ist in Region %2, nicht %3 (aws_region). Korrigieren Sie aws_region in config.yaml.</translation>
    </message>
    <message>
        <source>S3 answered HTTP %1 %2 for %3</source>
        <translation>S3 antwortete HTTP %1 %2 für %3</translation>
    </message>
    <message>
        <source>cannot reach S3 for %1 at %2: %3. Check that this workstation reaches it (proxy, firewall, %4).</source>
        <translation>S3 ist für %1 unter %2 nicht erreichbar: %3. Prüfen Sie, ob diese Arbeitsstation es erreicht (Proxy, Firewall, %4).</translation>
    </message>
</context>
<context>
    <name>SecretCache</name>
    <message>
        <source>no system keychain</source>
        <translation>kein System-Schlüsselbund</translation>
    </message>
    <message>
        <source>Not known yet: you will be asked for it.</source>
        <translation>Noch nicht bekannt: Sie werden danach gefragt.</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Kept in memory until the wizard closes, because it cannot be saved (%1).</source>
        <translation>Bis zum Schließen des Assistenten im Speicher gehalten, weil es nicht gespeichert werden kann (%1).</translation>
    </message>
    <message>
        <source>Kept in memory until the wizard closes; not saved in the system keychain.</source>
        <translation>Bis zum Schließen des Assistenten im Speicher gehalten; nicht im System-Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is reachable: %1</source>
        <translation>Kein System-Schlüsselbund erreichbar: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>Der System-Schlüsselbund meldete einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>SequencedWriter</name>
    <message>
        <source>too many writes waiting for ZooKeeper</source>
        <translation>zu viele Schreibvorgänge warten auf ZooKeeper</translation>
    </message>
</context>
<context>
    <name>SettleGate</name>
    <message>
        <source>%1 did not answer the poll</source>
        <translation>%1 hat auf die Abfrage nicht geantwortet</translation>
    </message>
    <message>
        <source>unit on %1 is %2, not active</source>
        <translation>Unit auf %1 ist %2, nicht active</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>no leader among %1</source>
        <translation>kein Leader unter %1</translation>
    </message>
    <message>
        <source>%1 leaders among %2 (%3)</source>
        <translation>%1 Leader unter %2 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 serving, %3 needed</source>
        <translation>%1 bedienen Anfragen (unter %2), %3 nötig</translation>
    </message>
    <message>
        <source>%1 is not serving yet (%2)</source>
        <translation>%1 bedient noch keine Anfragen (%2)</translation>
    </message>
    <message>
        <source>the masters</source>
        <translation>den Mastern</translation>
    </message>
    <message>
        <source>ZooKeeper on %1 does not answer yet (%2)</source>
        <translation>ZooKeeper auf %1 antwortet noch nicht (%2)</translation>
    </message>
    <message>
        <source>the masters on the old numbering</source>
        <translation>den Mastern mit der alten Nummerierung</translation>
    </message>
    <message>
        <source>%1 runs ID %2, not %3 (the new file is not in effect)</source>
        <translation>%1 läuft mit ID %2, nicht %3 (die neue Datei ist nicht wirksam)</translation>
    </message>
    <message>
        <source>%1 does not tell its ID yet (conf)</source>
        <translation>%1 nennt seine ID noch nicht (conf)</translation>
    </message>
    <message>
        <source>%1 is at zxid %2, has not yet applied the test write %3</source>
        <translation>%1 steht bei zxid %2, hat den Testschreibvorgang %3 noch nicht übernommen</translation>
    </message>
    <message>
        <source>%1 is at zxid %2, the leader at %3</source>
        <translation>%1 steht bei zxid %2, der Leader bei %3</translation>
    </message>
</context>
<context>
    <name>SharedFsSpecReader</name>
    <message>
        <source>no answer from reading %1 on %2 within %3 s (a hanging shared filesystem?)</source>
        <translation>keine Antwort beim Lesen von %1 auf %2 innerhalb von %3 s (ein hängendes gemeinsames Dateisystem?)</translation>
    </message>
    <message>
        <source>no master is connected to read %1 through</source>
        <translation>kein Master ist verbunden, über den %1 gelesen werden könnte</translation>
    </message>
    <message>
        <source>backend: reading %1 (shared filesystem) on this master</source>
        <translation>Backend: %1 (gemeinsames Dateisystem) wird auf diesem Master gelesen</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>%1 auf %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 hat kein %2</translation>
    </message>
</context>
<context>
    <name>SpecReader</name>
    <message>
        <source>backend: servers-spec %1</source>
        <translation>Backend: servers-spec %1</translation>
    </message>
    <message>
        <source>backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>(exit status %1)</source>
        <translation>(Exit-Status %1)</translation>
    </message>
    <message>
        <source>cp -p %1 %2 (unless a different backup exists)</source>
        <translation>cp -p %1 %2 (sofern keine abweichende Sicherung existiert)</translation>
    </message>
    <message>
        <source>write %1 atomically (temp file, fsync, size and sha256 check, owner and mode, rename, read back)</source>
        <translation>%1 atomar schreiben (temporäre Datei, fsync, Prüfung von Größe und sha256, Eigentümer und Modus, Umbenennen, Zurücklesen)</translation>
    </message>
</context>
<context>
    <name>SshTarget</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SshWorker</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Could not read the SSH configuration for %1: %2</source>
        <translation>Die SSH-Konfiguration für %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>Verbindung zu %1 wird aufgebaut</translation>
    </message>
    <message>
        <source>Connecting to %1 through &quot;%2&quot;</source>
        <translation>Verbindung zu %1 über „%2“ wird aufgebaut</translation>
    </message>
    <message numerus="yes">
        <source>Could not reach %1 within %n second(s). Check the address, the SSH port and any bastion (ProxyJump/ProxyCommand) in the SSH configuration.</source>
        <translation>
            <numerusform>%1 war innerhalb von %n Sekunde nicht erreichbar. Prüfen Sie die Adresse, den SSH-Port und einen eventuellen Bastion-Host (ProxyJump/ProxyCommand) in der SSH-Konfiguration.</numerusform>
            <numerusform>%1 war innerhalb von %n Sekunden nicht erreichbar. Prüfen Sie die Adresse, den SSH-Port und einen eventuellen Bastion-Host (ProxyJump/ProxyCommand) in der SSH-Konfiguration.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <source>%1 did not present a host key: %2</source>
        <translation>%1 hat keinen Host-Schlüssel vorgelegt: %2</translation>
    </message>
    <message>
        <source>%1 presents an unknown %2 host key %3: waiting for the operator&apos;s decision</source>
        <translation>%1 legt einen unbekannten %2-Host-Schlüssel %3 vor: Warte auf Ihre Entscheidung</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: it now presents the %2 key %3, which does not match the key recorded in %4. Either the master was reinstalled, or someone is intercepting the connection. Nothing was sent to the master. Confirm the new fingerprint with the master&apos;s administrator; if it is right, remove the old entry with: ssh-keygen -R &apos;%5&apos; -f &apos;%6&apos;, then connect again.</source>
        <translation>Der Host-Schlüssel von %1 hat sich GEÄNDERT: Der Master legt jetzt den %2-Schlüssel %3 vor, der nicht zu dem in %4 gespeicherten Schlüssel passt. Entweder wurde der Master neu installiert, oder jemand fängt die Verbindung ab. An den Master wurde nichts gesendet. Bestätigen Sie den neuen Fingerabdruck mit dem Administrator des Masters; wenn er stimmt, entfernen Sie den alten Eintrag mit: ssh-keygen -R &apos;%5&apos; -f &apos;%6&apos;, und verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht mit %2 abgeglichen werden: %3</translation>
    </message>
    <message>
        <source>The host key %1 of %2 was rejected; not connected.</source>
        <translation>Der Host-Schlüssel %1 von %2 wurde abgelehnt; keine Verbindung hergestellt.</translation>
    </message>
    <message>
        <source>Could not add the host key of %1 to %2: %3</source>
        <translation>Der Host-Schlüssel von %1 konnte nicht zu %2 hinzugefügt werden: %3</translation>
    </message>
    <message>
        <source>Added the host key %1 of %2 to %3</source>
        <translation>Host-Schlüssel %1 von %2 zu %3 hinzugefügt</translation>
    </message>
    <message>
        <source>Accepted the host key %1 of %2 for this connection only</source>
        <translation>Host-Schlüssel %1 von %2 nur für diese Verbindung akzeptiert</translation>
    </message>
    <message>
        <source>the keys in the SSH agent</source>
        <translation>Schlüssel im SSH-Agent</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>the SSH agent and the configured keys</source>
        <translation>SSH-Agent und konfigurierte Schlüssel</translation>
    </message>
    <message>
        <source>Could not read the private key %1 for %2: wrong passphrase, or not a private key file.</source>
        <translation>Der private Schlüssel %1 für %2 konnte nicht gelesen werden: falsche Passphrase oder keine Datei mit privatem Schlüssel.</translation>
    </message>
    <message>
        <source>%1 accepted %2 for user %3 but asks for a further authentication step, which this wizard does not support.</source>
        <translation>%1 hat die Anmeldung von Benutzer %3 (%2) akzeptiert, verlangt aber einen weiteren Authentifizierungsschritt, den dieser Assistent nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 rejected the password for user %2.</source>
        <translation>%1 hat das Passwort für Benutzer %2 abgelehnt.</translation>
    </message>
    <message>
        <source>%1 rejected the login of user %2 with %3.</source>
        <translation>%1 hat die Anmeldung von Benutzer %2 abgelehnt (%3).</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2 failed: %3</source>
        <translation>Die Anmeldung an %1 als %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Mit %1 als %2 verbunden</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>Verbindung zu %1 getrennt.</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>Nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Could not open a local port for %1:%2 on %3: %4</source>
        <translation>Für %1:%2 auf %3 konnte kein lokaler Port geöffnet werden: %4</translation>
    </message>
    <message>
        <source>Forwarding 127.0.0.1:%1 to %2:%3 as seen from %4</source>
        <translation>Leite 127.0.0.1:%1 an %2:%3 weiter (von %4 aus gesehen)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>Die Verbindung zu %1 ging verloren: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection while its host key was being checked (servers allow only a limited time to log in). Connect again.</source>
        <translation>%1 hat die Verbindung geschlossen, während sein Host-Schlüssel geprüft wurde (Server erlauben für die Anmeldung nur begrenzte Zeit). Verbinden Sie sich erneut.</translation>
    </message>
    <message>
        <source>%1 asks &quot;%2&quot; at login (keyboard-interactive), which is not the password; it was not answered. Log in with a key, or through a bastion that handles this step.</source>
        <translation>%1 fragt bei der Anmeldung „%2“ (keyboard-interactive), das ist nicht das Passwort; es wurde nicht beantwortet. Melden Sie sich mit einem Schlüssel an oder über einen Bastion-Host, der diesen Schritt übernimmt.</translation>
    </message>
</context>
<context>
    <name>StaleLockButton</name>
    <message>
        <source>&amp;Take over the stale lock…</source>
        <translation>Verwaiste Sperre ü&amp;bernehmen…</translation>
    </message>
    <message>
        <source>Asks before taking over the lock a run that looks over left on the masters</source>
        <translation>Fragt nach, bevor die Sperre übernommen wird, die ein scheinbar beendeter Lauf auf den Mastern hinterlassen hat</translation>
    </message>
    <message>
        <source>Take over the stale lock</source>
        <translation>Verwaiste Sperre übernehmen</translation>
    </message>
    <message>
        <source>The masters&apos; lock file names %1.

Its ZooKeeper session is gone and its process is not running, so that run looks over. Take the lock over only if you are sure: two runs at once would restart different masters at the same time.</source>
        <translation>Die Sperrdatei der Master nennt %1.

Seine ZooKeeper-Sitzung ist weg, und sein Prozess läuft nicht; dieser Lauf scheint also vorbei zu sein. Übernehmen Sie die Sperre nur, wenn Sie sicher sind: Zwei Läufe zugleich würden verschiedene Master gleichzeitig neu starten.</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
</context>
<context>
    <name>StaticConfigYaml</name>
    <message>
        <source>The file is not a YAML mapping that yaml-cpp can read.</source>
        <translation>Die Datei ist keine YAML-Zuordnung, die yaml-cpp lesen kann.</translation>
    </message>
    <message>
        <source>Rewriting it did not give valid YAML.</source>
        <translation>Das Umschreiben ergab kein gültiges YAML.</translation>
    </message>
    <message>
        <source>Rewriting it did not set %1 to static.</source>
        <translation>Das Umschreiben hat %1 nicht auf static gesetzt.</translation>
    </message>
    <message>
        <source>Rewriting it did not remove %1.</source>
        <translation>Das Umschreiben hat %1 nicht entfernt.</translation>
    </message>
    <message>
        <source>Rewriting it changed %1, which must stay as it is.</source>
        <translation>Das Umschreiben hat %1 geändert, das unverändert bleiben muss.</translation>
    </message>
    <message>
        <source>Rewriting it added keys.</source>
        <translation>Das Umschreiben hat Schlüssel hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show each master&apos;s state and where the last run stopped.</source>
        <translation>Den Zustand jedes Masters zeigen und wo der letzte Lauf angehalten hat.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>No run journal (%1): no migration was started from here.</source>
        <translation>Kein Journal (%1): Von hier wurde keine Migration gestartet.</translation>
    </message>
    <message>
        <source>Journal %1: run %2, %3.</source>
        <translation>Journal %1: Lauf %2, %3.</translation>
    </message>
    <message>
        <source>Stopped at: %1 %2 (%3).</source>
        <translation>Angehalten bei: %1 %2 (%3).</translation>
    </message>
    <message>
        <source>Say where the run stands from what the masters show, even with a journal here (as without one).</source>
        <translation>Den Stand des Laufs aus dem nennen, was die Master zeigen, auch mit einem Journal hier (wie ohne).</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate status --config FILE [SSH options] [--from-cluster] [--format text|json]</source>
        <translation>Aufruf: exhibitor-migrate status --config DATEI [SSH-Optionen] [--from-cluster] [--format text|json]</translation>
    </message>
    <message>
        <source>Reads, without changing anything, each master&apos;s env file (backend and ensemble), exhibitor.orig, the numbering its ZooKeeper runs and its mode, and says where the journal&apos;s last run stopped. Without a journal here (or with --from-cluster) it says where the run stands from the masters alone: each master&apos;s step and the run&apos;s.</source>
        <translation>Liest, ohne etwas zu ändern, die Env-Datei jedes Masters (Backend und Ensemble), exhibitor.orig, die Nummerierung, mit der sein ZooKeeper läuft, und seinen Modus, und nennt, wo der letzte Lauf des Journals anhielt. Ohne Journal hier (oder mit --from-cluster) nennt es den Stand des Laufs allein aus den Mastern: den Schritt jedes Masters und den des Laufs.</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>Ermittlung</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Phase A</source>
        <translation>Phase A</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>Phase B</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>a resume or a rollback uses the IDs its journal recorded</source>
        <translation>ein Fortsetzen oder Rollback verwendet die IDs, die sein Journal festgehalten hat</translation>
    </message>
    <message>
        <source>the run stopped here; the journal keeps where, for a resume or a rollback</source>
        <translation>der Lauf hat hier angehalten; das Journal hält die Stelle für ein Fortsetzen oder Rollback fest</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>StepListPanel</name>
    <message>
        <source>Migration steps</source>
        <translation>Migrationsschritte</translation>
    </message>
    <message>
        <source>Each step of the migration and whether it is done, current, skipped, stopped, failed or still to do.</source>
        <translation>Jeder Schritt der Migration und ob er erledigt, aktuell, übersprungen, angehalten, fehlgeschlagen oder noch offen ist.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
</context>
<context>
    <name>StepModeBar</name>
    <message>
        <source>Pause before each master&apos;s restart (s&amp;tep mode)</source>
        <translation>Vor dem Neustart jedes Masters anhalten (Schritt&amp;modus)</translation>
    </message>
    <message>
        <source>Continue: restart &amp;it</source>
        <translation>Fortfahren: &amp;neu starten</translation>
    </message>
    <message>
        <source>Pause before each master&apos;s restart</source>
        <translation>Vor dem Neustart jedes Masters anhalten</translation>
    </message>
    <message>
        <source>The run waits before every restart and shows which master is next, until you continue. For demonstrations and cautious first migrations.</source>
        <translation>Der Lauf wartet vor jedem Neustart und zeigt, welcher Master als nächster an der Reihe ist, bis Sie fortfahren. Für Vorführungen und vorsichtige erste Migrationen.</translation>
    </message>
    <message>
        <source>Continue with the next master&apos;s restart</source>
        <translation>Mit dem Neustart des nächsten Masters fortfahren</translation>
    </message>
    <message>
        <source>Step mode: the run waits. Next: restart dcos-exhibitor on %1.</source>
        <translation>Schrittmodus: Der Lauf wartet. Als Nächstes: dcos-exhibitor auf %1 neu starten.</translation>
    </message>
</context>
<context>
    <name>SudoPasswordDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Stop the run</source>
        <translation>Lauf an&amp;halten</translation>
    </message>
    <message>
        <source>sudo password for %1</source>
        <translation>sudo-Passwort für %1</translation>
    </message>
    <message>
        <source>sudo password refused on %1</source>
        <translation>sudo-Passwort auf %1 abgelehnt</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the sudo password of %2.
No sudo command is sent to any master until you answer: each wrong password counts as a failed login there, and masters lock the account after a few.
The password you enter is tried on one master first, then used on all of them.</source>
        <translation>sudo auf %1 hat das sudo-Passwort von %2 nicht akzeptiert.
Kein sudo-Befehl wird an einen Master gesendet, bis Sie antworten: Jedes falsche Passwort zählt dort als fehlgeschlagene Anmeldung, und Master sperren das Konto nach wenigen.
Das eingegebene Passwort wird zuerst auf einem Master versucht und dann auf allen verwendet.</translation>
    </message>
    <message>
        <source>sudo password of %1</source>
        <translation>sudo-Passwort von %1</translation>
    </message>
    <message>
        <source>sudo &amp;password:</source>
        <translation>sudo-&amp;Passwort:</translation>
    </message>
    <message>
        <source>Stop the run without sending a sudo password</source>
        <translation>Den Lauf anhalten, ohne ein sudo-Passwort zu senden</translation>
    </message>
</context>
<context>
    <name>SudoPasswordGate</name>
    <message>
        <source>sudo on %1 was not tried, so that no further failed sudo logins are counted (pam_faillock locks an account after a few): %2</source>
        <translation>sudo auf %1 wurde nicht versucht, damit keine weiteren fehlgeschlagenen sudo-Anmeldungen gezählt werden (pam_faillock sperrt ein Konto nach einigen): %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>The rollback succeeded.</source>
        <translation>Das Rollback war erfolgreich.</translation>
    </message>
    <message>
        <source>The migration succeeded.</source>
        <translation>Die Migration war erfolgreich.</translation>
    </message>
    <message>
        <source>The rollback was cancelled.</source>
        <translation>Das Rollback wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The migration was cancelled.</source>
        <translation>Die Migration wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The rollback failed.</source>
        <translation>Das Rollback ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The migration failed.</source>
        <translation>Die Migration ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>&amp;Timings:</source>
        <translation>Zei&amp;ten:</translation>
    </message>
    <message>
        <source>&amp;Save new config.yaml…</source>
        <translation>Neue config.yaml spei&amp;chern…</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>How the run ended. The report has every command, check and log line.</source>
        <translation>Wie der Lauf geendet hat. Der Bericht enthält jeden Befehl, jede Prüfung und jede Protokollzeile.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Timings per phase</source>
        <translation>Zeiten pro Phase</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Time without quorum</source>
        <translation>Zeit ohne Quorum</translation>
    </message>
    <message>
        <source>Save the new config.yaml</source>
        <translation>Die neue config.yaml speichern</translation>
    </message>
    <message>
        <source>The config.yaml with the static Exhibitor backend, for DC/OS upgrades and new nodes from now on. The original stays as it is.</source>
        <translation>Die config.yaml mit dem statischen Exhibitor-Backend, ab jetzt für DC/OS-Upgrades und neue Knoten. Das Original bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Export the report as HTML or PDF</source>
        <translation>Bericht als HTML oder PDF exportieren</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Bericht wird gelesen …</translation>
    </message>
    <message>
        <source>Cannot read the report %1: %2</source>
        <translation>Der Bericht %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The report %1 is not valid JSON: %2</source>
        <translation>Der Bericht %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>No report to show.</source>
        <translation>Kein Bericht zum Anzeigen.</translation>
    </message>
    <message>
        <source>No run has finished yet.</source>
        <translation>Noch kein Lauf ist beendet.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The ensemble never lost its quorum.</source>
        <translation>Das Ensemble hat sein Quorum nie verloren.</translation>
    </message>
    <message>
        <source>Longest time without quorum: %1.</source>
        <translation>Längste Zeit ohne Quorum: %1.</translation>
    </message>
    <message>
        <source>DC/OS configuration (*.yaml *.yml);;All files (*)</source>
        <translation>DC/OS-Konfiguration (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm);;PDF (*.pdf)</source>
        <translation>HTML (*.html *.htm);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Saved the new config.yaml as %1. Use it for every DC/OS upgrade and new master from now on.</source>
        <translation>Die neue config.yaml wurde als %1 gespeichert. Verwenden Sie sie ab jetzt für jedes DC/OS-Upgrade und jeden neuen Master.</translation>
    </message>
    <message>
        <source>Exported the report to %1.</source>
        <translation>Der Bericht wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>No program opened the report. It is at %1.</source>
        <translation>Kein Programm hat den Bericht geöffnet. Er liegt unter %1.</translation>
    </message>
    <message>
        <source>Some masters may not be back on exhibitor.orig yet. Fix what the message above names, then click Roll back… to try again: the rollback goes on from where it stopped.</source>
        <translation>Einige Master laufen vielleicht noch nicht wieder mit exhibitor.orig. Beheben Sie, was die Meldung oben nennt, und klicken Sie dann erneut auf „Rollback…“: Das Rollback macht dort weiter, wo es angehalten hat.</translation>
    </message>
    <message>
        <source>The rollback stopped before every master was back on exhibitor.orig. Click Roll back… to go on from where it stopped.</source>
        <translation>Das Rollback wurde angehalten, bevor alle Master wieder mit exhibitor.orig liefen. Klicken Sie auf „Rollback…“, um dort weiterzumachen, wo es angehalten hat.</translation>
    </message>
    <message numerus="yes">
        <source>Data: %n znode(s) unchanged since the snapshot; other clients meanwhile added %1, changed %2, removed %3.</source>
        <translation>
            <numerusform>Daten: %n Znode seit dem Snapshot unverändert; andere Clients haben inzwischen %1 hinzugefügt, %2 geändert, %3 entfernt.</numerusform>
            <numerusform>Daten: %n Znodes seit dem Snapshot unverändert; andere Clients haben inzwischen %1 hinzugefügt, %2 geändert, %3 entfernt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n znode(s) went back in time or vanished (named in the report).</source>
        <translation>
            <numerusform>%n Znode ist in der Zeit zurückgegangen oder verschwunden (im Bericht genannt).</numerusform>
            <numerusform>%n Znodes sind in der Zeit zurückgegangen oder verschwunden (im Bericht genannt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Data on the live cluster</source>
        <translation>Daten auf dem laufenden Cluster</translation>
    </message>
    <message>
        <source>Verify found every acknowledged write.</source>
        <translation>Die Überprüfung hat jeden bestätigten Schreibvorgang gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged write(s) missing at Verify (named in the report).</source>
        <translation>
            <numerusform>%n bestätigter Schreibvorgang fehlte bei der Überprüfung (im Bericht genannt).</numerusform>
            <numerusform>%n bestätigte Schreibvorgänge fehlten bei der Überprüfung (im Bericht genannt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n write(s), %2 failed, longest time without an acknowledged write %3 s</source>
        <translation>
            <numerusform>%1: %n Schreibvorgang, %2 fehlgeschlagen, längste Zeit ohne bestätigten Schreibvorgang %3 s</numerusform>
            <numerusform>%1: %n Schreibvorgänge, %2 fehlgeschlagen, längste Zeit ohne bestätigten Schreibvorgang %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Without quorum</source>
        <translation>Ohne Quorum</translation>
    </message>
    <message>
        <source>Estimated before</source>
        <translation>Vorher geschätzt</translation>
    </message>
    <message>
        <source>The ensemble at the end of the run</source>
        <translation>Das Ensemble am Ende des Laufs</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message numerus="yes">
        <source>Write probe: %n write(s) acknowledged, %1 failed.</source>
        <translation>
            <numerusform>Schreibprobe: %n Schreibvorgang bestätigt, %1 fehlgeschlagen.</numerusform>
            <numerusform>Schreibprobe: %n Schreibvorgänge bestätigt, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify did not check them.</source>
        <translation>Die Überprüfung hat sie nicht geprüft.</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>readlink %1: %2</source>
        <translation>readlink %1: %2</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2</source>
        <translation>%1 ist ein symbolischer Link auf %2</translation>
    </message>
    <message>
        <source>%1 is not a symbolic link (or does not exist)</source>
        <translation>%1 ist kein symbolischer Link (oder existiert nicht)</translation>
    </message>
    <message>
        <source>%1: could not be checked: %2</source>
        <translation>%1: konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 existiert</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>keine Antwort: %1</translation>
    </message>
    <message>
        <source>%1 could not be reached over SSH: %2
</source>
        <translation>%1 war per SSH nicht erreichbar: %2
</translation>
    </message>
    <message>
        <source>The master could not be reached</source>
        <translation>Der Master war nicht erreichbar</translation>
    </message>
    <message>
        <source>Nothing was collected from this master. Check that it is up and that SSH reaches it (sshd, network, host key, credentials), then make the bundle again.</source>
        <translation>Von diesem Master wurde nichts gesammelt. Prüfen Sie, ob er läuft und per SSH erreichbar ist (sshd, Netzwerk, Host-Schlüssel, Anmeldedaten), und erstellen Sie das Paket dann erneut.</translation>
    </message>
    <message>
        <source>There is no myid file</source>
        <translation>Es gibt keine myid-Datei</translation>
    </message>
    <message>
        <source>ZooKeeper cannot run in an ensemble without it; Exhibitor writes it when it starts ZooKeeper for a server spec that contains this master, and deletes it otherwise. Look at the ensemble in the env file and the journal&apos;s findings.</source>
        <translation>Ohne sie kann ZooKeeper nicht in einem Ensemble laufen; Exhibitor schreibt sie, wenn es ZooKeeper für eine Server-Spec startet, die diesen Master enthält, und löscht sie sonst. Sehen Sie sich das Ensemble in der Env-Datei und die Befunde aus dem Journal an.</translation>
    </message>
    <message>
        <source>No known failure was found. Look at each master&apos;s journal.txt and the four-letter-word answers.
</source>
        <translation>Es wurde kein bekannter Fehler gefunden. Sehen Sie sich journal.txt jedes Masters und die Antworten der Vier-Buchstaben-Wörter an.
</translation>
    </message>
    <message numerus="yes">
        <source>%n known failure(s) found.</source>
        <translation>
            <numerusform>%n bekannter Fehler gefunden.</numerusform>
            <numerusform>%n bekannte Fehler gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>where: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message numerus="yes">
        <source>(last of %n occurrence(s))</source>
        <translation>
            <numerusform>(letztes von %n Vorkommen)</numerusform>
            <numerusform>(letztes von %n Vorkommen)</numerusform>
        </translation>
    </message>
    <message>
        <source>line: %1</source>
        <translation>Zeile: %1</translation>
    </message>
    <message>
        <source>what to do: %1</source>
        <translation>Maßnahme: %1</translation>
    </message>
    <message>
        <source>Support bundle of cluster %1, made %2 by %3 %4.

</source>
        <translation>Support-Paket des Clusters %1, erstellt %2 von %3 %4.

</translation>
    </message>
    <message>
        <source>Secrets are redacted (config.yaml&apos;s secret keys, passwords, credentials and keys, wherever they appear) and replaced by %1. Read the files before you send them anyway.

</source>
        <translation>Geheimnisse sind geschwärzt (die geheimen Schlüssel der config.yaml, Passwörter, Anmeldedaten und Schlüssel, wo immer sie vorkommen) und durch %1 ersetzt. Lesen Sie die Dateien trotzdem, bevor Sie sie versenden.

</translation>
    </message>
    <message numerus="yes">
        <source>findings.txt: %n known failure(s) matched, each with its master, file, line and what to do.
</source>
        <translation>
            <numerusform>findings.txt: %n erkannter bekannter Fehler, mit Master, Datei, Zeile und Maßnahme.
</numerusform>
            <numerusform>findings.txt: %n erkannte bekannte Fehler, jeweils mit Master, Datei, Zeile und Maßnahme.
</numerusform>
        </translation>
    </message>
    <message>
        <source>config.yaml: the cluster&apos;s config.yaml. run/: the run&apos;s report and journal, if there was a run.
</source>
        <translation>config.yaml: die config.yaml des Clusters. run/: Bericht und Journal des Laufs, falls es einen Lauf gab.
</translation>
    </message>
    <message>
        <source>%1: collected</source>
        <translation>%1: gesammelt</translation>
    </message>
    <message>
        <source>%1: NOT REACHED (%2)</source>
        <translation>%1: NICHT ERREICHT (%2)</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s) could not be read, see NOTES.txt)</source>
        <translation>
            <numerusform>(%n Element konnte nicht gelesen werden, siehe NOTES.txt)</numerusform>
            <numerusform>(%n Elemente konnten nicht gelesen werden, siehe NOTES.txt)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists already; not overwritten.</source>
        <translation>%1 existiert bereits; nicht überschrieben.</translation>
    </message>
    <message>
        <source>tar could not make %1: %2</source>
        <translation>tar konnte %1 nicht erstellen: %2</translation>
    </message>
    <message>
        <source>masters/&lt;address&gt;/: exhibitor.env (the env file), exhibitor.link.txt (symlink and target), exhibitor.orig.txt (and exhibitor.orig when it exists), zoo.cfg, exhibitor_defaults.conf, myid, systemctl-is-active.txt, df.txt, journal.txt (the last %1 lines of the %2 journal), four-letter-words.txt (ZooKeeper&apos;s ruok, srvr, stat, mntr, conf), NOTES.txt (what could not be read).

</source>
        <translation>masters/&lt;address&gt;/: exhibitor.env (die Env-Datei), exhibitor.link.txt (Symlink und Ziel), exhibitor.orig.txt (und exhibitor.orig, falls vorhanden), zoo.cfg, exhibitor_defaults.conf, myid, systemctl-is-active.txt, df.txt, journal.txt (die letzten %1 Zeilen des Journals von %2), four-letter-words.txt (ruok, srvr, stat, mntr, conf von ZooKeeper), NOTES.txt (was nicht gelesen werden konnte).

</translation>
    </message>
    <message>
        <source>index.html: this summary with links, for a browser.
</source>
        <translation>index.html: diese Übersicht mit Links, für einen Browser.
</translation>
    </message>
    <message>
        <source>Support bundle of %1</source>
        <translation>Support-Paket von %1</translation>
    </message>
    <message>
        <source>Secrets are redacted and replaced by %1. Read the files before you send them anyway.</source>
        <translation>Geheimnisse sind geschwärzt und durch %1 ersetzt. Lesen Sie die Dateien trotzdem, bevor Sie sie versenden.</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>gesammelt</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>nicht erreicht: %1</translation>
    </message>
    <message>
        <source>Known failures (%1)</source>
        <translation>Bekannte Fehler (%1)</translation>
    </message>
    <message>
        <source>No known failure was found.</source>
        <translation>Es wurde kein bekannter Fehler gefunden.</translation>
    </message>
</context>
<context>
    <name>SupportBundleCommand</name>
    <message>
        <source>Collect what the masters say after a failed run, secrets redacted.</source>
        <translation>Sammelt nach einem fehlgeschlagenen Lauf, was die Master melden, Geheimnisse geschwärzt.</translation>
    </message>
    <message>
        <source>Write the bundle into this directory (default: a new one in the app&apos;s data directory).</source>
        <translation>Das Paket in dieses Verzeichnis schreiben (Standard: ein neues im Datenverzeichnis der Anwendung).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>Also pack the bundle into DIR.tar.gz.</source>
        <translation>Das Paket zusätzlich in VERZEICHNIS.tar.gz packen.</translation>
    </message>
    <message>
        <source>Lines of each master&apos;s dcos-exhibitor journal (default 300).</source>
        <translation>Zeilen aus dem dcos-exhibitor-Journal jedes Masters (Standard 300).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reads, without changing anything, each master&apos;s env file (and whether it is a symlink), zoo.cfg, myid, exhibitor.orig, the unit&apos;s state, the last lines of its dcos-exhibitor journal and ZooKeeper&apos;s ruok, srvr, stat, mntr and conf answers, and copies config.yaml and the run&apos;s report and journal (--report DIR names the run&apos;s report directory; default: the newest of the journal&apos;s run). Secrets are redacted. findings.txt lists the known failures found, with master, file, line and what to do. A master that cannot be reached is named in the bundle; the others are still collected.</source>
        <translation>Liest, ohne etwas zu ändern, von jedem Master die Env-Datei (und ob sie ein Symlink ist), zoo.cfg, myid, exhibitor.orig, den Zustand der Unit, die letzten Zeilen ihres dcos-exhibitor-Journals und die Antworten von ZooKeeper auf ruok, srvr, stat, mntr und conf, und kopiert config.yaml sowie Bericht und Journal des Laufs (--report VERZEICHNIS nennt das Berichtsverzeichnis des Laufs; Standard: das neueste des Laufs im Journal). Geheimnisse werden geschwärzt. findings.txt listet die gefundenen bekannten Fehler mit Master, Datei, Zeile und Maßnahme auf. Ein nicht erreichbarer Master wird im Paket genannt; von den anderen wird trotzdem gesammelt.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>--journal-lines takes a number from 1 to 100000; &quot;%1&quot; is not one.</source>
        <translation>--journal-lines erwartet eine Zahl von 1 bis 100000; „%1“ ist keine.</translation>
    </message>
    <message numerus="yes">
        <source>Collecting from %n master(s)...</source>
        <translation>
            <numerusform>Daten von %n Master werden gesammelt...</numerusform>
            <numerusform>Daten von %n Mastern werden gesammelt...</numerusform>
        </translation>
    </message>
    <message>
        <source>The support bundle could not be written: %1</source>
        <translation>Das Support-Paket konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>%1: not reached (%2); the bundle says so.</source>
        <translation>%1: nicht erreicht (%2); das Paket vermerkt das.</translation>
    </message>
    <message>
        <source>run</source>
        <translation>Lauf</translation>
    </message>
    <message numerus="yes">
        <source>Support bundle written to %1 (%n known failure(s) found; see findings.txt).</source>
        <translation>
            <numerusform>Support-Paket nach %1 geschrieben (%n bekannter Fehler gefunden; siehe findings.txt).</numerusform>
            <numerusform>Support-Paket nach %1 geschrieben (%n bekannte Fehler gefunden; siehe findings.txt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <source>Secrets are redacted; read the files before you send them.</source>
        <translation>Geheimnisse sind geschwärzt; lesen Sie die Dateien, bevor Sie sie versenden.</translation>
    </message>
    <message>
        <source>support-bundle writes text only; the bundle itself is the result.</source>
        <translation>support-bundle gibt nur Text aus; das Ergebnis ist das Paket selbst.</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate support-bundle --config FILE [SSH options] [--out DIR] [--report DIR] [--journal-lines N] [--archive]</source>
        <translation>Aufruf: exhibitor-migrate support-bundle --config DATEI [SSH-Optionen] [--out VERZ] [--report VERZ] [--journal-lines N] [--archive]</translation>
    </message>
</context>
<context>
    <name>SupportBundlePanel</name>
    <message>
        <source>Create support bundle</source>
        <translation>Support-Paket erstellen</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>For a support request: every master&apos;s env file, zoo.cfg, myid, the end of its journal and ZooKeeper&apos;s answers, with config.yaml and this run&apos;s report. Secrets are redacted; known failure messages are explained in findings.txt.</source>
        <translation>Für eine Support-Anfrage: Env-Datei, zoo.cfg, myid, das Ende des Journals und die Antworten von ZooKeeper von jedem Master, dazu config.yaml und der Bericht dieses Laufs. Geheimnisse werden geschwärzt; bekannte Fehlermeldungen werden in findings.txt erklärt.</translation>
    </message>
    <message>
        <source>Reads from every master over SSH; changes nothing.</source>
        <translation>Liest per SSH von jedem Master; ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <source>Collecting from %n master(s)…</source>
        <translation>
            <numerusform>Daten von %n Master werden gesammelt …</numerusform>
            <numerusform>Daten von %n Mastern werden gesammelt …</numerusform>
        </translation>
    </message>
    <message>
        <source>The support bundle could not be written: %1</source>
        <translation>Das Support-Paket konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Support bundle written to %1: %n known failure(s) found (findings.txt).</source>
        <translation>
            <numerusform>Support-Paket nach %1 geschrieben: %n bekannter Fehler gefunden (findings.txt).</numerusform>
            <numerusform>Support-Paket nach %1 geschrieben: %n bekannte Fehler gefunden (findings.txt).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) could not be reached; the bundle says which.</source>
        <translation>
            <numerusform>%n Master war nicht erreichbar; das Paket nennt ihn.</numerusform>
            <numerusform>%n Master waren nicht erreichbar; das Paket nennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets are redacted; read the files before you send them.</source>
        <translation>Geheimnisse sind geschwärzt; lesen Sie die Dateien, bevor Sie sie versenden.</translation>
    </message>
</context>
<context>
    <name>SwitchSettingsCheck</name>
    <message>
        <source>Exhibitor&apos;s settings after the switch (%1)</source>
        <translation>Einstellungen von Exhibitor nach dem Wechsel (%1)</translation>
    </message>
    <message>
        <source>cannot read %1 (%2): without it the data directory STATIC would use is unknown. dcos-exhibitor writes it at every start; check that the unit runs.</source>
        <translation>%1 kann nicht gelesen werden (%2): Ohne sie ist das Datenverzeichnis unbekannt, das STATIC verwenden würde. dcos-exhibitor schreibt sie bei jedem Start; prüfen Sie, ob die Unit läuft.</translation>
    </message>
    <message>
        <source>the same as the shared config&apos;s: nothing changes</source>
        <translation>dieselben wie in der gemeinsamen Konfiguration: nichts ändert sich</translation>
    </message>
    <message>
        <source>the switch drops the shared config&apos;s values for: %1. STATIC takes them from %2; change them there (DC/OS renders it) if they matter.</source>
        <translation>der Wechsel verwirft die Werte der gemeinsamen Konfiguration für: %1. STATIC nimmt sie aus %2; ändern Sie sie dort (DC/OS erzeugt die Datei), wenn sie wichtig sind.</translation>
    </message>
    <message>
        <source>%1 would change: ZooKeeper would start on an empty directory and this master would lose its data. Move the data to the directory DC/OS uses, or keep the current backend. All changes: %2</source>
        <translation>%1 würde sich ändern: ZooKeeper würde mit einem leeren Verzeichnis starten und dieser Master seine Daten verlieren. Verschieben Sie die Daten in das Verzeichnis, das DC/OS verwendet, oder behalten Sie das aktuelle Backend. Alle Änderungen: %2</translation>
    </message>
    <message>
        <source>no Exhibitor roll in progress</source>
        <translation>kein Exhibitor-Rollout im Gange</translation>
    </message>
    <message>
        <source>no rolling config change in %1</source>
        <translation>keine rollierende Konfigurationsänderung in %1</translation>
    </message>
    <message>
        <source>Exhibitor is rolling a config change through the ensemble (to %1). Let it finish (Exhibitor&apos;s UI, Config tab), then start again.</source>
        <translation>Exhibitor rollt gerade eine Konfigurationsänderung durch das Ensemble aus (nach %1). Lassen Sie sie abschließen (Exhibitor-Oberfläche, Reiter Config) und starten Sie dann erneut.</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s shared config</source>
        <translation>Gemeinsame Konfiguration von Exhibitor</translation>
    </message>
    <message>
        <source>no SSH connection to %1</source>
        <translation>keine SSH-Verbindung zu %1</translation>
    </message>
    <message>
        <source>cannot reach Exhibitor&apos;s REST through SSH (%1)</source>
        <translation>die REST-Schnittstelle von Exhibitor ist über SSH nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>the forward closed</source>
        <translation>die Weiterleitung wurde geschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its Exhibitor runs without a servers spec naming it (server ID -1), so not with the shared config</source>
        <translation>%1: Sein Exhibitor läuft ohne eine servers-spec, die ihn nennt (Server-ID -1), also nicht mit der gemeinsamen Konfiguration</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot read it (%1), nor Exhibitor&apos;s get-state on every master (%2): whether a roll is in progress and which settings the switch drops is unknown</source>
        <translation>sie kann nicht gelesen werden (%1), ebenso wenig get-state von Exhibitor auf jedem Master (%2): Ob eine rollierende Änderung läuft und welche Einstellungen die Umstellung verwirft, ist unbekannt</translation>
    </message>
    <message>
        <source>as each master&apos;s Exhibitor reports it (get-state), the backend being unreadable from here: %1</source>
        <translation>wie der Exhibitor jedes Masters es meldet (get-state), da das Backend von hier nicht lesbar ist: %1</translation>
    </message>
    <message>
        <source>no rolling config change, %1</source>
        <translation>keine rollierende Konfigurationsänderung, %1</translation>
    </message>
    <message>
        <source>Exhibitor is rolling a config change through the ensemble (%1, %2). Let it finish (Exhibitor&apos;s UI, Config tab), then start again.</source>
        <translation>Exhibitor rollt gerade eine Konfigurationsänderung durch das Ensemble (%1, %2). Lassen Sie sie zu Ende laufen (Oberfläche von Exhibitor, Reiter Config), und beginnen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>stopping the unit</source>
        <translation>Anhalten der Unit</translation>
    </message>
    <message>
        <source>starting Exhibitor (until its REST takes the start request)</source>
        <translation>Start von Exhibitor (bis seine REST-Schnittstelle die Startanforderung annimmt)</translation>
    </message>
    <message>
        <source>starting ZooKeeper</source>
        <translation>Start von ZooKeeper</translation>
    </message>
    <message>
        <source>joining the ensemble (not serving yet)</source>
        <translation>Beitritt zum Ensemble (bedient noch keine Anfragen)</translation>
    </message>
    <message>
        <source>catching up with the leader</source>
        <translation>Aufholen zum Stand des Leaders</translation>
    </message>
    <message>
        <source>did not settle</source>
        <translation>nicht stabilisiert</translation>
    </message>
    <message>
        <source>S</source>
        <comment>timeline: stopping the unit</comment>
        <translation>S</translation>
    </message>
    <message>
        <source>E</source>
        <comment>timeline: starting Exhibitor</comment>
        <translation>E</translation>
    </message>
    <message>
        <source>Z</source>
        <comment>timeline: starting ZooKeeper</comment>
        <translation>Z</translation>
    </message>
    <message>
        <source>J</source>
        <comment>timeline: joining the ensemble</comment>
        <translation>B</translation>
    </message>
    <message>
        <source>C</source>
        <comment>timeline: catching up</comment>
        <translation>A</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Phase A</source>
        <translation>Phase A</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>Phase B</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%1 nach %2</translation>
    </message>
    <message>
        <source>unit stopped</source>
        <translation>Unit angehalten</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST up</source>
        <translation>REST-Schnittstelle von Exhibitor antwortet</translation>
    </message>
    <message>
        <source>ZooKeeper up</source>
        <translation>ZooKeeper läuft</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>bedient Anfragen</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>Stand des Leaders erreicht</translation>
    </message>
    <message>
        <source>no step reached</source>
        <translation>kein Schritt erreicht</translation>
    </message>
    <message>
        <source>%1 restart, %2: %3</source>
        <translation>Neustart in %1, %2: %3</translation>
    </message>
    <message>
        <source>%1 restart, did not settle within %2: %3</source>
        <translation>Neustart in %1, nicht innerhalb von %2 stabilisiert: %3</translation>
    </message>
    <message>
        <source>%1: not restarted.</source>
        <translation>%1: nicht neu gestartet.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n restart(s): %2.</source>
        <translation>
            <numerusform>%1: %n Neustart: %2.</numerusform>
            <numerusform>%1: %n Neustarts: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The ensemble never lost its quorum.</source>
        <translation>Das Ensemble hat sein Quorum nie verloren.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2 at the restart of %3</source>
        <translation>%1, %2 beim Neustart von %3</translation>
    </message>
    <message numerus="yes">
        <source>No quorum %n time(s): %1.</source>
        <translation>
            <numerusform>%n-mal kein Quorum: %1.</numerusform>
            <numerusform>%n-mal kein Quorum: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write probe: %n write(s), %1 failed.</source>
        <translation>
            <numerusform>Schreibprobe: %n Schreibvorgang, %1 fehlgeschlagen.</numerusform>
            <numerusform>Schreibprobe: %n Schreibvorgänge, %1 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show: the run recorded no phases or restarts.</source>
        <translation>Nichts anzuzeigen: Der Lauf hat keine Phasen oder Neustarts aufgezeichnet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 without a running step (waiting for a confirmation), drawn shortened</source>
        <translation>%1 ohne laufenden Schritt (Warten auf eine Bestätigung), verkürzt dargestellt</translation>
    </message>
    <message>
        <source>no quorum %1</source>
        <translation>kein Quorum %1</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>kein Quorum</translation>
    </message>
    <message>
        <source>No quorum for %1 (%2)</source>
        <translation>Kein Quorum für %1 (%2)</translation>
    </message>
    <message>
        <source>No quorum for %1 at the restart of %2 (%3)</source>
        <translation>Kein Quorum für %1 beim Neustart von %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>write probe</source>
        <translation>Schreibprobe</translation>
    </message>
    <message>
        <source>write acknowledged</source>
        <translation>Schreibvorgang bestätigt</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>Schreibvorgang fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Timeline of the run</source>
        <translation>Zeitleiste des Laufs</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of the run</source>
        <translation>Zeitleiste des Laufs</translation>
    </message>
</context>
<context>
    <name>VerifyChecks</name>
    <message>
        <source>exactly one leader</source>
        <translation>genau ein Leader</translation>
    </message>
    <message>
        <source>%1 leader(s): %2</source>
        <translation>%1 Leader: %2</translation>
    </message>
    <message>
        <source>all followers synced</source>
        <translation>alle Follower synchron</translation>
    </message>
    <message>
        <source>every master serves (mntr not available on the leader)</source>
        <translation>jeder Master bedient Anfragen (mntr auf dem Leader nicht verfügbar)</translation>
    </message>
    <message>
        <source>the leader reports %1 synced follower(s) of %2</source>
        <translation>der Leader meldet %1 synchrone Follower von %2</translation>
    </message>
    <message>
        <source>not serving: %1</source>
        <translation>bedient keine Anfragen: %1</translation>
    </message>
    <message>
        <source>server ID as expected</source>
        <translation>Server-ID wie erwartet</translation>
    </message>
    <message>
        <source>conf says serverId %1, expected %2</source>
        <translation>conf meldet serverId %1, erwartet %2</translation>
    </message>
    <message>
        <source>conf did not answer (%1), expected %2</source>
        <translation>conf hat nicht geantwortet (%1), erwartet %2</translation>
    </message>
    <message>
        <source>env file as expected</source>
        <translation>Env-Datei wie erwartet</translation>
    </message>
    <message>
        <source>env file is the original, byte for byte</source>
        <translation>Env-Datei ist Byte für Byte das Original</translation>
    </message>
    <message>
        <source>sha256 %1, original %2</source>
        <translation>sha256 %1, Original %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>EXHIBITOR_BACKEND=%1, EXHIBITOR_STATICENSEMBLE=%2</source>
        <translation>EXHIBITOR_BACKEND=%1, EXHIBITOR_STATICENSEMBLE=%2</translation>
    </message>
    <message>
        <source>(DC/OS would write %1)</source>
        <translation>(DC/OS würde %1 schreiben)</translation>
    </message>
    <message>
        <source>but other lines differ from the original file</source>
        <translation>aber andere Zeilen weichen von der ursprünglichen Datei ab</translation>
    </message>
    <message>
        <source>env file has DC/OS&apos;s static ensemble</source>
        <translation>Env-Datei hat das statische Ensemble von DC/OS</translation>
    </message>
    <message>
        <source>myid and zoo.cfg agree</source>
        <translation>myid und zoo.cfg stimmen überein</translation>
    </message>
    <message>
        <source>myid %1 (expected %2); zoo.cfg servers %3 (expected %4)</source>
        <translation>myid %1 (erwartet %2); zoo.cfg-Server %3 (erwartet %4)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>no snapshot in this run (taken by preflight)</source>
        <translation>kein Snapshot in diesem Lauf (wird in der Vorabprüfung erstellt)</translation>
    </message>
    <message>
        <source>canary znode intact</source>
        <translation>Canary-Znode intakt</translation>
    </message>
    <message>
        <source>missing or changed</source>
        <translation>fehlt oder geändert</translation>
    </message>
    <message>
        <source>client sessions survived</source>
        <translation>Client-Sitzungen haben überlebt</translation>
    </message>
    <message>
        <source>no canary session in this run (an interrupted run&apos;s session ended with it)</source>
        <translation>keine Canary-Sitzung in diesem Lauf (die Sitzung eines unterbrochenen Laufs endete mit ihm)</translation>
    </message>
    <message>
        <source>conf is not whitelisted; the myid check below tells</source>
        <translation>conf steht nicht auf der Whitelist; die myid-Prüfung weiter unten entscheidet</translation>
    </message>
    <message>
        <source>no znode went back in time since the snapshot</source>
        <translation>seit dem Snapshot ist kein Znode in der Zeit zurückgegangen</translation>
    </message>
    <message>
        <source>%1; went back in time or vanished: %2</source>
        <translation>%1; in der Zeit zurückgegangen oder verschwunden: %2</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a migrated cluster: one leader, followers synced, DC/OS&apos;s IDs everywhere.</source>
        <translation>Einen migrierten Cluster prüfen: ein Leader, Follower synchron, überall die IDs von DC/OS.</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate verify --config FILE [SSH options] [--report DIR] [--format text|json]</source>
        <translation>Aufruf: exhibitor-migrate verify --config DATEI [SSH-Optionen] [--report VERZEICHNIS] [--format text|json]</translation>
    </message>
    <message>
        <source>Checks, without changing anything, that the cluster is where a migration leaves it: exactly one leader, every follower synced, every server&apos;s ID the one DC/OS generates from master_list, every env file with DC/OS&apos;s static ensemble and otherwise the original, myid and zoo.cfg agreeing. Give the config.yaml from before the migration.</source>
        <translation>Prüft, ohne etwas zu ändern, dass der Cluster in dem Zustand ist, den eine Migration hinterlässt: genau ein Leader, jeder Follower synchron, die ID jedes Servers die, die DC/OS aus master_list erzeugt, jede Env-Datei mit dem statischen Ensemble von DC/OS und sonst unverändert, myid und zoo.cfg übereinstimmend. Geben Sie die config.yaml von vor der Migration an.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>entf. </translation>
    </message>
    <message>
        <source>ok  </source>
        <translation>ok    </translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLER</translation>
    </message>
</context>
<context>
    <name>VerifyOperation</name>
    <message>
        <source>Verify the original configuration is back</source>
        <translation>Prüfen, ob die ursprüngliche Konfiguration wieder da ist</translation>
    </message>
    <message>
        <source>Verify the migrated cluster</source>
        <translation>Migrierten Cluster überprüfen</translation>
    </message>
    <message>
        <source>Read-only: one leader, all followers synced, every ID back to the original, every env file byte-identical to %1.</source>
        <translation>Nur lesend: ein Leader, alle Follower synchron, jede ID wieder die ursprüngliche, jede Env-Datei byte-identisch mit %1.</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>Keine Verbindung zu %1 möglich.</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>Alle Prüfungen bestanden.</translation>
    </message>
    <message>
        <source>Verify failed: %1.</source>
        <translation>Überprüfung fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <source>Read-only: one leader, all followers synced, IDs %1, every env file with DC/OS&apos;s ensemble, myid and zoo.cfg agreeing, no znode gone back in time since the snapshot (what other clients wrote meanwhile is counted), the canary znode and session alive.</source>
        <translation>Nur lesend: ein Leader, alle Follower synchron, IDs %1, jede Env-Datei mit dem Ensemble von DC/OS, myid und zoo.cfg übereinstimmend, kein Znode seit dem Snapshot in der Zeit zurückgegangen (was andere Clients inzwischen geschrieben haben, wird gezählt), Canary-Znode und -Sitzung am Leben.</translation>
    </message>
    <message>
        <source>every write the probe had acknowledged is present</source>
        <translation>jeder bestätigte Schreibvorgang der Probe ist vorhanden</translation>
    </message>
    <message>
        <source>the write probe did not run: %1</source>
        <translation>die Schreibprobe ist nicht gelaufen: %1</translation>
    </message>
    <message>
        <source>could not list the probe&apos;s znodes under %1: %2</source>
        <translation>die Znodes der Probe unter %1 konnten nicht aufgelistet werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged write(s) missing under %1: %2</source>
        <translation>
            <numerusform>%n bestätigter Schreibvorgang fehlt unter %1: %2</numerusform>
            <numerusform>%n bestätigte Schreibvorgänge fehlen unter %1: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged write(s), all present under %1; %2 failed during the run (counted, not lost); longest time without an acknowledged write %3 s</source>
        <translation>
            <numerusform>%n bestätigter Schreibvorgang, unter %1 vorhanden; %2 während des Laufs fehlgeschlagen (gezählt, nicht verloren); längste Zeit ohne bestätigten Schreibvorgang %3 s</numerusform>
            <numerusform>%n bestätigte Schreibvorgänge, alle unter %1 vorhanden; %2 während des Laufs fehlgeschlagen (gezählt, nicht verloren); längste Zeit ohne bestätigten Schreibvorgang %3 s</numerusform>
        </translation>
    </message>
    <message>
        <source>could not remove the write probe&apos;s znodes: %1</source>
        <translation>die Znodes der Schreibprobe konnten nicht entfernt werden: %1</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>ID table</source>
        <translation>ID-Tabelle</translation>
    </message>
</context>
<context>
    <name>WriteEnvFilesOperation</name>
    <message>
        <source>Write the env file with canonical IDs on every master</source>
        <translation>Env-Datei mit kanonischen IDs auf jeden Master schreiben</translation>
    </message>
    <message>
        <source>Write the static env file with current IDs on every master</source>
        <translation>Statische Env-Datei mit aktuellen IDs auf jeden Master schreiben</translation>
    </message>
    <message>
        <source>On every master, before any restart: %1 becomes EXHIBITOR_BACKEND=STATIC with EXHIBITOR_STATICENSEMBLE=%2 (atomic write: temp file, fsync, same owner and mode, rename, checksum read back).</source>
        <translation>Auf jedem Master, vor jedem Neustart: %1 wird zu EXHIBITOR_BACKEND=STATIC mit EXHIBITOR_STATICENSEMBLE=%2 (atomares Schreiben: temporäre Datei, fsync, gleicher Eigentümer und gleiche Rechte, umbenennen, Prüfsumme zurückgelesen).</translation>
    </message>
    <message>
        <source>Rollback writes %1 back over it, byte for byte.</source>
        <translation>Das Rollback schreibt %1 Byte für Byte darüber zurück.</translation>
    </message>
    <message>
        <source>atomic write of %1</source>
        <translation>atomares Schreiben von %1</translation>
    </message>
    <message>
        <source>The original env file of %1 is not known; nothing was written there.</source>
        <translation>Die ursprüngliche Env-Datei von %1 ist nicht bekannt; dort wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3</source>
        <translation>%1 auf %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>%1 already has the %2 content; not written again</source>
        <translation>%1 hat bereits den Inhalt für %2; nicht erneut geschrieben</translation>
    </message>
    <message>
        <source>read back sha256 %1, expected %2</source>
        <translation>zurückgelesen sha256 %1, erwartet %2</translation>
    </message>
    <message>
        <source>Writing %1 on %2 failed: %3</source>
        <translation>Schreiben von %1 auf %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>Every master has EXHIBITOR_STATICENSEMBLE=%1.</source>
        <translation>Jeder Master hat EXHIBITOR_STATICENSEMBLE=%1.</translation>
    </message>
</context>
<context>
    <name>WriteProbe</name>
    <message>
        <source>write probe not started: %1</source>
        <translation>Schreibprobe nicht gestartet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>write probe: one write every %1 ms under %2 until Verify</source>
        <translation>Schreibprobe: ein Schreibvorgang alle %1 ms unter %2 bis zur Überprüfung</translation>
    </message>
    <message>
        <source>write probe: its ZooKeeper session expired; opening a new one</source>
        <translation>Schreibprobe: Ihre ZooKeeper-Sitzung ist abgelaufen; eine neue wird geöffnet</translation>
    </message>
    <message>
        <source>%1 writes waiting for ZooKeeper</source>
        <translation>%1 Schreibvorgänge warten auf ZooKeeper</translation>
    </message>
    <message>
        <source>write probe: writes failing (%1)</source>
        <translation>Schreibprobe: Schreibvorgänge schlagen fehl (%1)</translation>
    </message>
    <message>
        <source>write probe: writes acknowledged again, %1 s after the last one before</source>
        <translation>Schreibprobe: Schreibvorgänge werden wieder bestätigt, %1 s nach dem letzten davor</translation>
    </message>
    <message>
        <source>the write probe did not run</source>
        <translation>die Schreibprobe ist nicht gelaufen</translation>
    </message>
    <message>
        <source>ZooKeeper did not answer the list in time</source>
        <translation>ZooKeeper hat die Auflistung nicht rechtzeitig beantwortet</translation>
    </message>
    <message>
        <source>ZooKeeper did not answer in time</source>
        <translation>ZooKeeper hat nicht rechtzeitig geantwortet</translation>
    </message>
</context>
<context>
    <name>WriteProbeReport</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Write probe</source>
        <translation>Schreibprobe</translation>
    </message>
    <message>
        <source>The write probe did not run in this run.</source>
        <translation>Die Schreibprobe ist in diesem Lauf nicht gelaufen.</translation>
    </message>
    <message>
        <source>The write probe did not run: %1</source>
        <translation>Die Schreibprobe ist nicht gelaufen: %1</translation>
    </message>
    <message>
        <source>Not checked by Verify.</source>
        <translation>Von der Überprüfung nicht geprüft.</translation>
    </message>
    <message>
        <source>Every acknowledged write was found at Verify.</source>
        <translation>Bei der Überprüfung wurde jeder bestätigte Schreibvorgang gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged write(s) missing at Verify.</source>
        <translation>
            <numerusform>%n bestätigter Schreibvorgang fehlte bei der Überprüfung.</numerusform>
            <numerusform>%n bestätigte Schreibvorgänge fehlten bei der Überprüfung.</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>Schreibvorgänge</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Longest time without an acknowledged write</source>
        <translation>Längste Zeit ohne bestätigten Schreibvorgang</translation>
    </message>
    <message>
        <source>Acknowledged writes missing at Verify:</source>
        <translation>Bei der Überprüfung fehlende bestätigte Schreibvorgänge:</translation>
    </message>
    <message>
        <source>One write every %1 ms under %2 from the end of preflight to Verify: %3 acknowledged, %4 failed, %5 without an answer.</source>
        <translation>Ein Schreibvorgang alle %1 ms unter %2 vom Ende der Vorabprüfung bis zur Überprüfung: %3 bestätigt, %4 fehlgeschlagen, %5 ohne Antwort.</translation>
    </message>
    <message numerus="yes">
        <source>%n probe session(s) expired.</source>
        <translation>
            <numerusform>%n Sitzung der Probe abgelaufen.</numerusform>
            <numerusform>%n Sitzungen der Probe abgelaufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (#%2, acknowledged %3, %4)</source>
        <translation>%1 (#%2, bestätigt %3, %4)</translation>
    </message>
</context>
<context>
    <name>YamlScan</name>
    <message>
        <source>The YAML is nested more than %1 levels deep, far more than any config.yaml: it is not read. Give the cluster&apos;s genconf/config.yaml.</source>
        <translation>Das YAML ist mehr als %1 Ebenen tief verschachtelt, weit mehr als jede config.yaml: Es wird nicht gelesen. Geben Sie die genconf/config.yaml des Clusters an.</translation>
    </message>
    <message>
        <source>Through its aliases (*name) this YAML expands to more than %1 values, far more than any config.yaml has: it is not read (an alias bomb?). Write the values out instead of aliasing them, or give the cluster&apos;s genconf/config.yaml.</source>
        <translation>Über seine Aliase (*name) wächst dieses YAML auf mehr als %1 Werte an, weit mehr als jede config.yaml hat: Es wird nicht gelesen (eine Alias-Bombe?). Schreiben Sie die Werte aus, statt Aliase zu verwenden, oder geben Sie die genconf/config.yaml des Clusters an.</translation>
    </message>
</context>
<context>
    <name>ZkAccess</name>
    <message>
        <source>no master&apos;s ZooKeeper could be reached through SSH</source>
        <translation>der ZooKeeper keines Masters war über SSH erreichbar</translation>
    </message>
    <message>
        <source>the run&apos;s ZooKeeper session did not connect in time</source>
        <translation>die ZooKeeper-Sitzung des Laufs kam nicht rechtzeitig zustande</translation>
    </message>
    <message>
        <source>no ZooKeeper session</source>
        <translation>keine ZooKeeper-Sitzung</translation>
    </message>
    <message>
        <source>no canary session in this run</source>
        <translation>keine Canary-Sitzung in diesem Lauf</translation>
    </message>
    <message>
        <source>the canary session expired: client sessions did not survive</source>
        <translation>die Canary-Sitzung ist abgelaufen: Client-Sitzungen haben nicht überlebt</translation>
    </message>
    <message>
        <source>session 0x%1 alive, its ephemeral node still there</source>
        <translation>Sitzung 0x%1 lebt, ihr ephemerer Knoten ist noch da</translation>
    </message>
    <message>
        <source>the canary&apos;s ephemeral node is gone or belongs to another session</source>
        <translation>der ephemere Knoten des Canary ist weg oder gehört zu einer anderen Sitzung</translation>
    </message>
    <message>
        <source>Reading the ZooKeeper tree failed: %1</source>
        <translation>Das Lesen des ZooKeeper-Baums ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ZkClient</name>
    <message>
        <source>Cannot connect to ZooKeeper at &quot;%1&quot;: %2</source>
        <translation>Keine Verbindung zu ZooKeeper unter „%1“: %2</translation>
    </message>
</context>
<context>
    <name>ZkResult</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ZkTreeIntegrity</name>
    <message>
        <source>gone, but the children of %1 did not change after the snapshot (pzxid %2)</source>
        <translation>verschwunden, aber die Kinder von %1 haben sich nach dem Snapshot nicht geändert (pzxid %2)</translation>
    </message>
    <message>
        <source>created at %1, before the snapshot&apos;s znode (%2): an older znode came back</source>
        <translation>erstellt bei %1, vor dem Znode des Snapshots (%2): ein älterer Znode ist zurückgekehrt</translation>
    </message>
    <message>
        <source>its children went back in time (pzxid %1, %2 at the snapshot)</source>
        <translation>seine Kinder sind in der Zeit zurückgegangen (pzxid %1, %2 beim Snapshot)</translation>
    </message>
    <message>
        <source>data differs from the snapshot under the same mzxid %1 (version %2, %3 at the snapshot)</source>
        <translation>die Daten weichen bei gleichem mzxid %1 vom Snapshot ab (Version %2, %3 beim Snapshot)</translation>
    </message>
    <message>
        <source>went back in time: mzxid %1 version %2, at the snapshot mzxid %3 version %4</source>
        <translation>in der Zeit zurückgegangen: mzxid %1 Version %2, beim Snapshot mzxid %3 Version %4</translation>
    </message>
    <message>
        <source>not in the snapshot, though created at %1, before the snapshot (%2)</source>
        <translation>nicht im Snapshot, obwohl bei %1 erstellt, vor dem Snapshot (%2)</translation>
    </message>
    <message>
        <source>not in the snapshot, though created at %1, before the snapshot read its parent (pzxid %2)</source>
        <translation>nicht im Snapshot, obwohl bei %1 erstellt, bevor der Snapshot seinen Elternknoten las (pzxid %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n znode(s) of the snapshot unchanged; other clients meanwhile added %1, changed %2, removed %3</source>
        <translation>
            <numerusform>%n Znode des Snapshots unverändert; andere Clients haben inzwischen %1 hinzugefügt, %2 geändert, %3 entfernt</numerusform>
            <numerusform>%n Znodes des Snapshots unverändert; andere Clients haben inzwischen %1 hinzugefügt, %2 geändert, %3 entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>not compared (no permission to read): %1</source>
        <translation>nicht verglichen (keine Leseberechtigung): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(und %n weiterer)</numerusform>
            <numerusform>(und %n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkTreeWalker</name>
    <message>
        <source>ZooKeeper is not connected</source>
        <translation>ZooKeeper ist nicht verbunden</translation>
    </message>
    <message>
        <source>Reading the ZooKeeper tree failed: %1</source>
        <translation>Lesen des ZooKeeper-Baums fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>exhibitor-migrate: unexpected error: %1</source>
        <translation>exhibitor-migrate: unerwarteter Fehler: %1</translation>
    </message>
    <message>
        <source>Exhibitor Migration Wizard</source>
        <translation>Exhibitor-Migrationsassistent</translation>
    </message>
    <message>
        <source>Moves a DC/OS cluster&apos;s Exhibitor from its ZooKeeper backend to the static backend.</source>
        <translation>Stellt den Exhibitor eines DC/OS-Clusters von seinem ZooKeeper-Backend auf das statische Backend um.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Start with &lt;file&gt; (a DC/OS config.yaml) loaded.</source>
        <translation>Mit geladener &lt;Datei&gt; (einer config.yaml von DC/OS) starten.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>exhibitor-migrate: --lang needs a language code (%1).</source>
        <translation>exhibitor-migrate: --lang braucht einen Sprachcode (%1).</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (%1) instead of the system&apos;s.</source>
        <translation>Sprache &lt;Code&gt; (%1) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>Start the bundled demo cluster (as root) or connect to the one running, and load it.</source>
        <translation>Den mitgelieferten Demo-Cluster starten (als root) oder sich mit dem laufenden verbinden, und ihn laden.</translation>
    </message>
</context>
</TS>
