<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AtomicWriteJob</name>
    <message>
        <source>%1 on %2 was replaced, but reading it back gave checksum %3 instead of %4. Check the disk and the file before going on.</source>
        <translation>%2 上の %1 は置き換えられましたが、読み戻したチェックサムが %4 ではなく %3 でした。続行する前にディスクとファイルを確認してください。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>it does not exist or is not a regular file</source>
        <translation>存在しないか、通常のファイルではありません</translation>
    </message>
    <message>
        <source>writing the temporary file beside it failed (disk full? read-only?)</source>
        <translation>隣に一時ファイルを書き込めませんでした (ディスクがいっぱい? 読み取り専用?)</translation>
    </message>
    <message>
        <source>giving the temporary file the old owner failed (does this need sudo?)</source>
        <translation>一時ファイルの所有者を元に戻せませんでした (sudo が必要ですか?)</translation>
    </message>
    <message>
        <source>giving the temporary file the old mode failed</source>
        <translation>一時ファイルのモードを元に戻せませんでした</translation>
    </message>
    <message>
        <source>giving the temporary file the old SELinux label failed</source>
        <translation>一時ファイルの SELinux ラベルを元に戻せませんでした</translation>
    </message>
    <message>
        <source>renaming the temporary file over it failed (immutable file?)</source>
        <translation>一時ファイルの名前を変更して置き換えられませんでした (変更不可属性のファイル?)</translation>
    </message>
    <message>
        <source>the file was replaced, but reading it back failed</source>
        <translation>ファイルは置き換えられましたが、読み戻しに失敗しました</translation>
    </message>
    <message>
        <source>the remote command ended with status %1</source>
        <translation>リモートコマンドが終了ステータス %1 で終了しました</translation>
    </message>
    <message>
        <source>the remote command was killed (%1)</source>
        <translation>リモートコマンドが強制終了されました (%1)</translation>
    </message>
    <message>
        <source> The file is unchanged.</source>
        <translation> ファイルは変更されていません。</translation>
    </message>
    <message>
        <source> The file has either its old or its new content, never a mix: read it back to see which.</source>
        <translation> ファイルは古い内容か新しい内容のどちらかであり、混在することはありません。どちらかは読み戻して確認してください。</translation>
    </message>
    <message>
        <source>Could not write %1 on %2: %3.%4 %5</source>
        <translation>%2 上の %1 を書き込めませんでした: %3。%4 %5</translation>
    </message>
    <message>
        <source>the temporary file did not receive the whole content (connection dropped?), so it was removed instead of renamed</source>
        <translation>一時ファイルが内容をすべて受け取っていません (接続が切れた可能性があります)。そのため名前を変更せずに削除しました</translation>
    </message>
</context>
<context>
    <name>AzureSpecReader</name>
    <message>
        <source>config.yaml does not say where the Azure backend keeps Exhibitor&apos;s shared config: %1 missing</source>
        <translation>config.yaml に Azure バックエンドが Exhibitor の共有設定を保存する場所がありません: %1 がありません</translation>
    </message>
    <message>
        <source>the Azure blob endpoint %1 (%2) is not an http(s) URL</source>
        <translation>Azure BLOB エンドポイント %1 (%2) は http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>exhibitor_azure_account_key is not a storage account key (base64 text). Copy the key of storage account %1 into config.yaml.</source>
        <translation>exhibitor_azure_account_key はストレージ アカウント キー (base64 テキスト) ではありません。ストレージ アカウント %1 のキーを config.yaml にコピーしてください。</translation>
    </message>
    <message>
        <source>the Azure blob %1</source>
        <translation>Azure BLOB %1</translation>
    </message>
    <message>
        <source>the Azure blob %1 (%2)</source>
        <translation>Azure BLOB %1 (%2)</translation>
    </message>
    <message>
        <source>Azure storage account %1 refused the request for container %2 (403 AuthenticationFailed): exhibitor_azure_account_key is not a key of this account, or this workstation&apos;s clock is more than 15 minutes off. Correct the key in config.yaml.</source>
        <translation>Azure ストレージ アカウント %1 がコンテナー %2 への要求を拒否しました (403 AuthenticationFailed): exhibitor_azure_account_key はこのアカウントのキーではないか、このワークステーションの時計が 15 分以上ずれています。config.yaml のキーを修正してください。</translation>
    </message>
    <message>
        <source>Azure storage account %1 refused to read container %2 (403 %3): exhibitor_azure_account_key is not a key of this account, or the account&apos;s network rules (firewall) refuse this workstation. Check the key in config.yaml and the account&apos;s networking.</source>
        <translation>Azure ストレージ アカウント %1 がコンテナー %2 の読み取りを拒否しました (403 %3): exhibitor_azure_account_key はこのアカウントのキーではないか、アカウントのネットワーク規則 (ファイアウォール) がこのワークステーションを拒否しています。config.yaml のキーとアカウントのネットワーク設定を確認してください。</translation>
    </message>
    <message>
        <source>Azure storage account %1 has no container %2 (404 ContainerNotFound): Exhibitor creates it at its first start. Check exhibitor_azure_account_name in config.yaml.</source>
        <translation>Azure ストレージ アカウント %1 にコンテナー %2 がありません (404 ContainerNotFound): Exhibitor は初回起動時にこれを作成します。config.yaml の exhibitor_azure_account_name を確認してください。</translation>
    </message>
    <message>
        <source>Azure container %1 of account %2 has no blob %3 (404 %4): Exhibitor writes it at its first start. Check exhibitor_azure_prefix in config.yaml.</source>
        <translation>アカウント %2 の Azure コンテナー %1 に BLOB %3 がありません (404 %4): Exhibitor は初回起動時にこれを書き込みます。config.yaml の exhibitor_azure_prefix を確認してください。</translation>
    </message>
    <message>
        <source>Azure answered HTTP %1 %2 for %3</source>
        <translation>Azure は %3 に対して HTTP %1 %2 を返しました</translation>
    </message>
    <message>
        <source>cannot reach Azure storage account %1 at %2 for container %3: %4. Check the account name and that this workstation reaches it (proxy, firewall%5).</source>
        <translation>コンテナー %3 のために %2 の Azure ストレージ アカウント %1 に到達できません: %4。アカウント名と、このワークステーションから到達できること (プロキシ、ファイアウォール%5) を確認してください。</translation>
    </message>
</context>
<context>
    <name>BackendSpecReader</name>
    <message>
        <source>no answer from the backend ensemble %1 through %2&apos;s SSH connection within %3 s</source>
        <translation>%2 の SSH 接続を経由したバックエンドアンサンブル %1 から %3 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in exhibitor_zk_hosts is not host:port</source>
        <translation>exhibitor_zk_hosts の &quot;%1&quot; が host:port 形式ではありません</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts names no server</source>
        <translation>exhibitor_zk_hosts にサーバーが指定されていません</translation>
    </message>
    <message>
        <source>no master is connected to reach the backend ensemble through</source>
        <translation>バックエンドアンサンブルへの経由先として接続済みのマスターがありません</translation>
    </message>
    <message>
        <source>backend: reading %1 from %2 through this master&apos;s SSH connection</source>
        <translation>バックエンド: このマスターの SSH 接続を経由して %2 から %1 を読み取っています</translation>
    </message>
    <message>
        <source>could not forward to any server of the backend ensemble %1: %2</source>
        <translation>バックエンドアンサンブル %1 のどのサーバーにも転送できませんでした: %2</translation>
    </message>
    <message>
        <source>cannot read the shared config: %1</source>
        <translation>共有設定を読み取れません: %1</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 に %2 がありません</translation>
    </message>
    <message>
        <source>the backend ensemble %1 refused authentication</source>
        <translation>バックエンドアンサンブル %1 が認証を拒否しました</translation>
    </message>
    <message>
        <source>cannot start the ZooKeeper client: %1</source>
        <translation>ZooKeeper クライアントを起動できません: %1</translation>
    </message>
</context>
<context>
    <name>BackendSpecSource</name>
    <message>
        <source>the ZooKeeper backend ensemble is not known (exhibitor_zk_hosts)</source>
        <translation>ZooKeeper バックエンド アンサンブルが不明です (exhibitor_zk_hosts)</translation>
    </message>
    <message>
        <source>the masters read S3 with their instance role (exhibitor_explicit_keys is false); this workstation has no keys for it: give aws_access_key_id/aws_secret_access_key of an IAM user that may read %1, or rely on the other ID sources</source>
        <translation>マスターはインスタンス ロールで S3 を読み取ります (exhibitor_explicit_keys は false); このワークステーションにはそのキーがありません: %1 を読み取れる IAM ユーザーの aws_access_key_id/aws_secret_access_key を指定するか、ほかの ID ソースに頼ってください</translation>
    </message>
    <message>
        <source>no AWS keys to read %1: neither config.yaml (aws_access_key_id, aws_secret_access_key) nor the master&apos;s %2 has them</source>
        <translation>%1 を読み取る AWS キーがありません: config.yaml (aws_access_key_id、aws_secret_access_key) にもマスターの %2 にもありません</translation>
    </message>
    <message>
        <source>no Azure storage account key to read blob %1 of container %2: neither config.yaml (exhibitor_azure_account_name, exhibitor_azure_account_key) nor the master&apos;s %3 has it</source>
        <translation>コンテナー %2 の BLOB %1 を読み取る Azure ストレージ アカウント キーがありません: config.yaml (exhibitor_azure_account_name、exhibitor_azure_account_key) にもマスターの %3 にもありません</translation>
    </message>
    <message>
        <source>the backend holding Exhibitor&apos;s shared config is not known (exhibitor_storage_backend)</source>
        <translation>Exhibitor の共有設定を保持するバックエンドが不明です (exhibitor_storage_backend)</translation>
    </message>
    <message>
        <source>the %1 backend keeps no shared config to read</source>
        <translation>%1 バックエンドには読み取る共有設定がありません</translation>
    </message>
</context>
<context>
    <name>BackupJob</name>
    <message>
        <source>backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <source>already backed up (%1 has the same content)</source>
        <translation>バックアップ済みです (%1 は同じ内容です)</translation>
    </message>
    <message>
        <source>%1 on %2 already exists and differs from %3: it is probably the backup of an earlier run, holding the original configuration. It was left as it is. Compare the two files and move the old backup away before going on.</source>
        <translation>%2 上の %1 はすでに存在し、%3 と内容が異なります。おそらく以前の実行時のバックアップで、元の設定を保持しています。そのまま残してあります。2 つのファイルを比較し、古いバックアップを別の場所に移動してから続行してください。</translation>
    </message>
    <message>
        <source>Could not back up %1 to %2 on %3 (status %4): %5</source>
        <translation>%3 上で %1 を %2 にバックアップできませんでした (ステータス %4): %5</translation>
    </message>
    <message>
        <source>The backup %1 on %2 does not have the checksum of %3.</source>
        <translation>%2 上のバックアップ %1 のチェックサムが %3 と一致しません。</translation>
    </message>
</context>
<context>
    <name>BackupOperation</name>
    <message>
        <source>Back up the env file on every master</source>
        <translation>すべてのマスターで env ファイルをバックアップ</translation>
    </message>
    <message>
        <source>Copy %1 to %2 (cp -p) on every master and verify the copy&apos;s checksum. An existing backup with other content is never overwritten.</source>
        <translation>すべてのマスターで %1 を %2 にコピー (cp -p) し、コピーのチェックサムを検証します。内容の異なる既存のバックアップが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Nothing to undo: the backup is what rollback restores from. It stays on the masters.</source>
        <translation>元に戻すものはありません。バックアップはロールバックの復元元です。マスター上にそのまま残ります。</translation>
    </message>
    <message>
        <source>the backup&apos;s sha256 %1 differs from the env file&apos;s %2</source>
        <translation>バックアップの sha256 %1 が env ファイルの %2 と異なります</translation>
    </message>
    <message>
        <source>exhibitor.orig verified</source>
        <translation>exhibitor.orig を検証しました</translation>
    </message>
    <message>
        <source>Backup on %1 failed: %2</source>
        <translation>%1 でのバックアップに失敗しました: %2</translation>
    </message>
    <message>
        <source>sha256 %1 equals the env file&apos;s</source>
        <translation>sha256 %1 は env ファイルと一致します</translation>
    </message>
    <message>
        <source>exhibitor.orig is on every master, verified.</source>
        <translation>exhibitor.orig がすべてのマスターにあり、検証済みです。</translation>
    </message>
</context>
<context>
    <name>ChannelCommand</name>
    <message numerus="yes">
        <source> (%n byte(s) on stdin)</source>
        <translation>
            <numerusform> (stdin に %n バイト)</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not open a command channel on %1: %2</source>
        <translation>%1 でコマンドチャネルを開けませんでした: %2</translation>
    </message>
    <message>
        <source>%1 refused to run a command: %2</source>
        <translation>%1 がコマンドの実行を拒否しました: %2</translation>
    </message>
    <message numerus="yes">
        <source>The command &quot;%1&quot; on %2 did not finish within %n second(s) and was stopped.</source>
        <translation>
            <numerusform>%2 上のコマンド &quot;%1&quot; が %n 秒以内に終了しなかったため、停止しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Lost the connection to %1 while running &quot;%2&quot;: %3</source>
        <translation>&quot;%2&quot; の実行中に %1 との接続が切断されました: %3</translation>
    </message>
    <message>
        <source>Could not send input to &quot;%1&quot; on %2: %3</source>
        <translation>%2 上の &quot;%1&quot; に入力を送信できませんでした: %3</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the sudo password. Enter the password of the login user again.</source>
        <translation>%1 の sudo が sudo パスワードを受け付けませんでした。ログインユーザーのパスワードを再入力してください。</translation>
    </message>
    <message>
        <source>sudo on %1 needs a password for &quot;%2&quot;. Choose &quot;sudo with password&quot; and enter it.</source>
        <translation>%1 の sudo は &quot;%2&quot; のためにパスワードを必要とします。「パスワード付き sudo」を選択して入力してください。</translation>
    </message>
    <message>
        <source>sudo on %1 asks for a password, but none was entered.</source>
        <translation>%1 の sudo がパスワードを要求していますが、入力されていません。</translation>
    </message>
    <message>
        <source>sudo on %1 refused to run &quot;%2&quot;: %3. The login user needs a sudoers rule that allows it.</source>
        <translation>%1 の sudo が &quot;%2&quot; の実行を拒否しました: %3。ログインユーザーにはこれを許可する sudoers ルールが必要です。</translation>
    </message>
    <message>
        <source>sudo on %1 did not run &quot;%2&quot; (exit status %3): %4</source>
        <translation>%1 の sudo が &quot;%2&quot; を実行しませんでした (終了ステータス %3): %4</translation>
    </message>
    <message>
        <source>sudo on %1 asks something that is not the sudo password, and it was not answered: &quot;%2&quot;. Log in to the master once by hand to deal with it (e.g. change an expired password), or use a login user whose sudo asks only for its password.</source>
        <translation>%1 の sudo が sudo パスワードではないものを尋ねており、応答しませんでした: &quot;%2&quot;。一度手動でマスターにログインして対処する (期限切れのパスワードを変更するなど) か、sudo がパスワードだけを尋ねるログインユーザーを使用してください。</translation>
    </message>
    <message>
        <source>sudo on %1 refused to run &quot;%2&quot;: %3. The master&apos;s sudoers has &quot;Defaults requiretty&quot;; add &quot;Defaults:&lt;login user&gt; !requiretty&quot; there (visudo), or use a login user without it.</source>
        <translation>%1 の sudo が &quot;%2&quot; の実行を拒否しました: %3。マスターの sudoers に &quot;Defaults requiretty&quot; があります。そこに &quot;Defaults:&lt;login user&gt; !requiretty&quot; を追加する (visudo) か、この設定のないログインユーザーを使用してください。</translation>
    </message>
</context>
<context>
    <name>ChannelExchange</name>
    <message>
        <source>Could not open a channel on %1: %2</source>
        <translation>%1 でチャネルを開けませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1:%2 (seen from %3) did not answer within %n second(s).</source>
        <translation>
            <numerusform>%1:%2 (%3 から見て) が %n 秒以内に応答しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not connect to %2:%3: %4</source>
        <translation>%1 が %2:%3 に接続できませんでした: %4</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>%1 との接続が切断されました: %2</translation>
    </message>
</context>
<context>
    <name>ClusterConfig</name>
    <message>
        <source>YAML syntax error: %1. Fix the file (the mistake may be on an earlier line) and load it again.</source>
        <translation>YAML 構文エラー: %1。ファイルを修正して (誤りはこれより前の行にある場合があります) 再度読み込んでください。</translation>
    </message>
    <message>
        <source>This is not a DC/OS config.yaml: it must be a mapping of keys such as master_list. Choose the genconf/config.yaml the cluster was installed with.</source>
        <translation>これは DC/OS の config.yaml ではありません。master_list などのキーを持つマッピングである必要があります。クラスターのインストールに使用した genconf/config.yaml を選択してください。</translation>
    </message>
    <message>
        <source>%1 is set again here (first on line %2); DC/OS would read only one of them. Remove the one that is wrong.</source>
        <translation>%1 がここで再度設定されています (最初は %2 行目)。DC/OS はどちらか一方しか読み取りません。誤っている方を削除してください。</translation>
    </message>
    <message>
        <source>%1 must be a single value, not a list or a mapping. Correct it.</source>
        <translation>%1 はリストやマッピングではなく、単一の値である必要があります。修正してください。</translation>
    </message>
    <message>
        <source>master_list is missing. The static backend numbers the masters from it: add every master&apos;s IPv4 address as a list, one &quot;- 10.0.0.1&quot; line each.</source>
        <translation>master_list がありません。static バックエンドはこれをもとにマスターに番号を付けます。すべてのマスターの IPv4 アドレスを、1 行に 1 つずつ &quot;- 10.0.0.1&quot; の形式でリストとして追加してください。</translation>
    </message>
    <message>
        <source>master_list must be a YAML list of the masters&apos; IPv4 addresses, one &quot;- 10.0.0.1&quot; line each.</source>
        <translation>master_list はマスターの IPv4 アドレスの YAML リストで、1 行に 1 つずつ &quot;- 10.0.0.1&quot; の形式である必要があります。</translation>
    </message>
    <message>
        <source>master_list is empty. List every master&apos;s IPv4 address, one &quot;- 10.0.0.1&quot; line each.</source>
        <translation>master_list が空です。すべてのマスターの IPv4 アドレスを、1 行に 1 つずつ &quot;- 10.0.0.1&quot; の形式で記述してください。</translation>
    </message>
    <message>
        <source>This entry is not an address. Write each master as &quot;- 10.0.0.1&quot;.</source>
        <translation>このエントリはアドレスではありません。各マスターを &quot;- 10.0.0.1&quot; の形式で記述してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address. Write the master&apos;s private address as four numbers from 0 to 255 without leading zeros, such as 10.0.0.1.</source>
        <translation>&quot;%1&quot; は IPv4 アドレスではありません。マスターのプライベートアドレスを、先頭にゼロを付けずに 0 から 255 までの 4 つの数値で記述してください (例: 10.0.0.1)。</translation>
    </message>
    <message>
        <source>%1 is listed twice (also on line %2). Remove the duplicate: every master appears once.</source>
        <translation>%1 が 2 回記載されています (%2 行目にもあります)。重複を削除してください。各マスターは 1 回だけ記載します。</translation>
    </message>
    <message>
        <source>master_discovery is missing. The static backend needs master_discovery: static; add it if the cluster&apos;s masters are the fixed master_list.</source>
        <translation>master_discovery がありません。static バックエンドには master_discovery: static が必要です。クラスターのマスターが固定の master_list であれば追加してください。</translation>
    </message>
    <message>
        <source>exhibitor_storage_backend is missing. Add the backend the cluster runs with now, such as exhibitor_storage_backend: zookeeper.</source>
        <translation>exhibitor_storage_backend がありません。クラスターが現在使用しているバックエンドを追加してください (例: exhibitor_storage_backend: zookeeper)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DC/OS storage backend; DC/OS accepts %2. Write the backend the cluster runs with now.</source>
        <translation>&quot;%1&quot; は DC/OS のストレージバックエンドではありません。DC/OS が受け付けるのは %2 です。クラスターが現在使用しているバックエンドを記述してください。</translation>
    </message>
    <message>
        <source>exhibitor_storage_backend is already static: this cluster has already been migrated, there is nothing to do.</source>
        <translation>exhibitor_storage_backend はすでに static です。このクラスターは移行済みのため、行うことはありません。</translation>
    </message>
    <message>
        <source>This config.yaml is for an agent-only group, which runs no Exhibitor: there is nothing to migrate. Load the config.yaml of the cluster&apos;s masters.</source>
        <translation>この config.yaml はエージェント専用グループのもので、Exhibitor は動作していません。移行するものはありません。クラスターのマスターの config.yaml を読み込んでください。</translation>
    </message>
    <message>
        <source>exhibitor_zk_path is missing, but exhibitor_storage_backend: zookeeper (line %1) needs it. Add the znode path Exhibitor uses, such as /exhibitor.</source>
        <translation>exhibitor_zk_path がありませんが、exhibitor_storage_backend: zookeeper (%1 行目) にはこれが必要です。Exhibitor が使用する znode パスを追加してください (例: /exhibitor)。</translation>
    </message>
    <message>
        <source>exhibitor_zk_path &quot;%1&quot; does not start with /. Write the znode path, such as /%1.</source>
        <translation>exhibitor_zk_path &quot;%1&quot; が / で始まっていません。znode パスを記述してください (例: /%1)。</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts is missing, but exhibitor_storage_backend: zookeeper (line %1) needs it. Add the backend ensemble as host:port,host:port.</source>
        <translation>exhibitor_zk_hosts がありませんが、exhibitor_storage_backend: zookeeper (%1 行目) にはこれが必要です。バックエンドアンサンブルを host:port,host:port の形式で追加してください。</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts is empty. Write the backend ensemble as host:port,host:port.</source>
        <translation>exhibitor_zk_hosts が空です。バックエンドアンサンブルを host:port,host:port の形式で記述してください。</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts must be host:port,host:port without zk:// (DC/OS rejects it). Remove the zk:// prefix and any path.</source>
        <translation>exhibitor_zk_hosts は zk:// を付けない host:port,host:port の形式である必要があります (DC/OS は zk:// 付きを拒否します)。zk:// プレフィックスとパスを削除してください。</translation>
    </message>
    <message>
        <source>exhibitor_zk_hosts has an empty entry (two commas in a row, or one at an end). Remove it.</source>
        <translation>exhibitor_zk_hosts に空のエントリがあります (カンマが 2 つ連続しているか、末尾または先頭にカンマがあります)。削除してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no port. Write each server as host:port, such as %1:2181.</source>
        <translation>&quot;%1&quot; にポートがありません。各サーバーを host:port の形式で記述してください (例: %1:2181)。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, &quot;%2&quot; is neither an IPv4 address nor a host name. Correct it.</source>
        <translation>&quot;%1&quot; の &quot;%2&quot; は IPv4 アドレスでもホスト名でもありません。修正してください。</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;, the port &quot;%2&quot; is not a number from 1 to 65535. Correct it (ZooKeeper&apos;s client port is usually 2181).</source>
        <translation>&quot;%1&quot; のポート &quot;%2&quot; は 1 から 65535 までの数値ではありません。修正してください (ZooKeeper のクライアントポートは通常 2181 です)。</translation>
    </message>
    <message>
        <source>the broadcast address</source>
        <translation>ブロードキャストアドレス</translation>
    </message>
    <message>
        <source>in 0.0.0.0/8 (&quot;this network&quot;; 0.0.0.0 means any address)</source>
        <translation>0.0.0.0/8 内 (&quot;this network&quot;。0.0.0.0 は任意のアドレスを意味します)</translation>
    </message>
    <message>
        <source>a multicast address (224.0.0.0/4)</source>
        <translation>マルチキャストアドレス (224.0.0.0/4)</translation>
    </message>
    <message>
        <source>a reserved address (240.0.0.0/4)</source>
        <translation>予約済みアドレス (240.0.0.0/4)</translation>
    </message>
    <message>
        <source>Another YAML document starts here (&quot;---&quot;): only the first one is read, and DC/OS&apos;s installer refuses a config.yaml with more than one. Remove everything from this line on, or split the file.</source>
        <translation>ここで別の YAML ドキュメントが始まっています (&quot;---&quot;)。読み取られるのは最初のものだけで、DC/OS のインストーラーは複数のドキュメントを含む config.yaml を拒否します。この行以降をすべて削除するか、ファイルを分割してください。</translation>
    </message>
    <message>
        <source>%1 is %2, not the address of one machine: no master can have it. Write the master&apos;s own private address, such as 10.0.0.1.</source>
        <translation>%1 は %2 であり、1 台のマシンのアドレスではありません。どのマスターもこのアドレスを持つことはできません。10.0.0.1 のような、マスター自身のプライベートアドレスを記述してください。</translation>
    </message>
    <message>
        <source>exhibitor_fs_config_dir is empty: write the directory of the share holding Exhibitor&apos;s config.</source>
        <translation>exhibitor_fs_config_dir が空です: Exhibitor の設定を保持する共有のディレクトリを記入してください。</translation>
    </message>
    <message>
        <source>exhibitor_fs_config_dir &quot;%1&quot; is not an absolute path: write the directory as the masters mount it, starting with /.</source>
        <translation>exhibitor_fs_config_dir &quot;%1&quot; は絶対パスではありません: マスターがマウントしているとおりに / から始まるディレクトリを記入してください。</translation>
    </message>
    <message>
        <source>exhibitor_fs_config_dir &quot;%1&quot; has characters other than letters, digits and / . _ - + @ : , = ~; it is used in a command on the masters. Write the directory as the masters mount it.</source>
        <translation>exhibitor_fs_config_dir &quot;%1&quot; には英字、数字、/ . _ - + @ : , = ~ 以外の文字が含まれています。これはマスター上のコマンドで使われます。マスターがマウントしているとおりにディレクトリを記入してください。</translation>
    </message>
    <message>
        <source>master_discovery is &quot;%1&quot;, but the static backend needs master_discovery: static and fixed master addresses, every master listed in master_list (DC/OS refuses a static backend otherwise: with %1 masters can be replaced by new ones at new addresses, which a static ensemble cannot follow). This cluster cannot be moved to the static backend as it is; nothing has been changed.</source>
        <translation>master_discovery は &quot;%1&quot; ですが、static バックエンドには master_discovery: static と固定のマスター アドレス (すべてのマスターを master_list に記載) が必要です (そうでなければ DC/OS は static バックエンドを拒否します: %1 ではマスターが新しいアドレスの新しいマスターに置き換えられることがあり、static アンサンブルはそれに追従できません)。このクラスターはこのままでは static バックエンドに移行できません。何も変更されていません。</translation>
    </message>
    <message>
        <source>%1 is missing, but exhibitor_storage_backend: %2 (line %3) needs it. Add the value the cluster was installed with.</source>
        <translation>%1 がありませんが、exhibitor_storage_backend: %2 (%3 行目) には必要です。クラスターのインストール時の値を追加してください。</translation>
    </message>
    <message>
        <source>%1 is empty, but exhibitor_storage_backend: %2 needs it. Write the value the cluster was installed with.</source>
        <translation>%1 が空ですが、exhibitor_storage_backend: %2 には必要です。クラスターのインストール時の値を記入してください。</translation>
    </message>
</context>
<context>
    <name>ClusterRunState</name>
    <message>
        <source>not readable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>not started (its dynamic backend, no exhibitor.orig)</source>
        <translation>未開始 (動的バックエンド、exhibitor.orig なし)</translation>
    </message>
    <message>
        <source>backed up (exhibitor.orig present, env file unchanged)</source>
        <translation>バックアップ済み (exhibitor.orig あり、env ファイルは未変更)</translation>
    </message>
    <message>
        <source>Phase A file written (current IDs), ZooKeeper not restarted on it yet</source>
        <translation>フェーズ A のファイルを書き込み済み (現在の ID)、ZooKeeper はまだそれで再起動していません</translation>
    </message>
    <message>
        <source>Phase A done (static, current IDs, restarted)</source>
        <translation>フェーズ A 完了 (static、現在の ID、再起動済み)</translation>
    </message>
    <message>
        <source>Phase B file written (DC/OS&apos;s numbering), ZooKeeper not restarted on it yet</source>
        <translation>フェーズ B のファイルを書き込み済み (DC/OS の番号付け)、ZooKeeper はまだそれで再起動していません</translation>
    </message>
    <message>
        <source>Phase B done (static, DC/OS&apos;s numbering, running it)</source>
        <translation>フェーズ B 完了 (static、DC/OS の番号付けで動作中)</translation>
    </message>
    <message>
        <source>not a state of this migration</source>
        <translation>この移行の状態ではありません</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>exhibitor.orig on %1 (sha256 %2) is not a dynamic-backend env file (EXHIBITOR_BACKEND=%3): it is not the backup of the original file; nothing will be restored from it</source>
        <translation>%1 の exhibitor.orig (sha256 %2) は動的バックエンドの env ファイルではありません (EXHIBITOR_BACKEND=%3): 元のファイルのバックアップではないため、ここからは何も復元しません</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>the env file on %1 names no EXHIBITOR_BACKEND</source>
        <translation>%1 の env ファイルに EXHIBITOR_BACKEND がありません</translation>
    </message>
    <message>
        <source>the env file on %1 (backend %2) differs from its exhibitor.orig: neither the original nor a file of the migration</source>
        <translation>%1 の env ファイル (バックエンド %2) は exhibitor.orig と異なります: 元のファイルでも移行のファイルでもありません</translation>
    </message>
    <message>
        <source>the static env file on %1 has the ensemble &quot;%2&quot;, which is not one server per master</source>
        <translation>%1 の static env ファイルのアンサンブル &quot;%2&quot; は、マスターごとに 1 サーバーではありません</translation>
    </message>
    <message>
        <source>the leader: Phase A leaves its restart to Phase B</source>
        <translation>リーダー: フェーズ A はその再起動をフェーズ B に任せます</translation>
    </message>
    <message>
        <source>%1 runs a static env file but has no exhibitor.orig: there is no backup to go back to</source>
        <translation>%1 は static env ファイルで動作していますが exhibitor.orig がありません: 戻るためのバックアップがありません</translation>
    </message>
    <message>
        <source>the static file is not the one the migration writes from this exhibitor.orig</source>
        <translation>static ファイルは、移行がこの exhibitor.orig から書き込むものではありません</translation>
    </message>
    <message>
        <source>env file: backend %1</source>
        <translation>env ファイル: バックエンド %1</translation>
    </message>
    <message>
        <source> (a regular file)</source>
        <translation> (通常ファイル)</translation>
    </message>
    <message>
        <source> (a link to %1)</source>
        <translation> (%1 へのリンク)</translation>
    </message>
    <message>
        <source>no exhibitor.orig</source>
        <translation>exhibitor.orig なし</translation>
    </message>
    <message>
        <source>exhibitor.orig sha256 %1, %2</source>
        <translation>exhibitor.orig sha256 %1、%2</translation>
    </message>
    <message>
        <source>backend %1</source>
        <translation>バックエンド %1</translation>
    </message>
    <message>
        <source>NOT a dynamic-backend env file</source>
        <translation>動的バックエンドの env ファイルではありません</translation>
    </message>
    <message>
        <source>, recorded link to %1</source>
        <translation>、記録されたリンク先 %1</translation>
    </message>
    <message>
        <source>zoo.cfg unreadable</source>
        <translation>zoo.cfg を読み取れません</translation>
    </message>
    <message>
        <source>ZooKeeper last started with %1</source>
        <translation>ZooKeeper の前回の起動設定: %1</translation>
    </message>
    <message>
        <source>, myid %1</source>
        <translation>、myid %1</translation>
    </message>
    <message>
        <source>the Phase A env file on %1</source>
        <translation>%1 のフェーズ A の env ファイル</translation>
    </message>
    <message>
        <source>zoo.cfg on %1</source>
        <translation>%1 の zoo.cfg</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>no migration was started on this cluster (every master has its dynamic backend and no exhibitor.orig)</source>
        <translation>このクラスターでは移行が開始されていません (すべてのマスターが動的バックエンドで、exhibitor.orig がありません)</translation>
    </message>
    <message>
        <source>the backup is done on every master; Phase A has not begun</source>
        <translation>すべてのマスターでバックアップが完了しました。フェーズ A は始まっていません</translation>
    </message>
    <message>
        <source>Phase A is done: every master has the static backend with its current ID (the leader&apos;s restart, if it is waiting, is Phase B&apos;s)</source>
        <translation>フェーズ A 完了: すべてのマスターが現在の ID で static バックエンドになっています (リーダーの再起動が残っていれば、それはフェーズ B のものです)</translation>
    </message>
    <message>
        <source>Phase B is done: every master runs the static backend with DC/OS&apos;s numbering</source>
        <translation>フェーズ B 完了: すべてのマスターが DC/OS の番号付けで static バックエンドを実行しています</translation>
    </message>
    <message>
        <source>a run stopped in the middle: the masters are at different steps (above)</source>
        <translation>実行が途中で止まりました: マスターごとに異なるステップにあります (上記)</translation>
    </message>
    <message>
        <source>the masters are not in a state this migration leaves behind (above)</source>
        <translation>マスターは、この移行が残す状態ではありません (上記)</translation>
    </message>
    <message>
        <source>IDs before the migration: %1 (from %2)</source>
        <translation>移行前の ID: %1 (%2 から)</translation>
    </message>
    <message>
        <source>IDs before the migration: not on the masters any more (every master runs DC/OS&apos;s numbering)</source>
        <translation>移行前の ID: もうマスター上にありません (すべてのマスターが DC/OS の番号付けで動作しています)</translation>
    </message>
    <message>
        <source>Run records: %1</source>
        <translation>実行記録: %1</translation>
    </message>
    <message>
        <source>Run records: no run holds the cluster now</source>
        <translation>実行記録: 現在クラスターを保持している実行はありません</translation>
    </message>
    <message>
        <source>Run records: a run is going on now: %1</source>
        <translation>実行記録: 現在実行が進行中です: %1</translation>
    </message>
    <message>
        <source>Where the run stands: %1.</source>
        <translation>実行の状況: %1。</translation>
    </message>
    <message>
        <source>another run holds the cluster now: %1; wait for it to end</source>
        <translation>別の実行が現在クラスターを保持しています: %1。終了するまで待ってください</translation>
    </message>
    <message>
        <source>nothing to roll back: no master was changed</source>
        <translation>ロールバックするものはありません: 変更されたマスターはありません</translation>
    </message>
    <message>
        <source>nothing to resume: no run was started; run &quot;migrate&quot;</source>
        <translation>再開するものはありません: 実行は開始されていません。&quot;migrate&quot; を実行してください</translation>
    </message>
    <message>
        <source>the IDs from before the migration are not on the masters any more (every master runs DC/OS&apos;s numbering): give them with --ids FILE</source>
        <translation>移行前の ID はもうマスター上にありません (すべてのマスターが DC/OS の番号付けで動作しています): --ids FILE で指定してください</translation>
    </message>
    <message>
        <source>No env file to restore: every master&apos;s equals its exhibitor.orig.</source>
        <translation>復元する env ファイルはありません: すべてのマスターのファイルが exhibitor.orig と同じです。</translation>
    </message>
    <message>
        <source>exhibitor.orig goes back, byte for byte (or as the link it recorded), on: %1</source>
        <translation>exhibitor.orig をバイト単位で (または記録されたリンクとして) 戻すマスター: %1</translation>
    </message>
    <message>
        <source>then, one at a time with the settle gate, a restart of: %1</source>
        <translation>続いて、安定化ゲートを使って 1 台ずつ再起動: %1</translation>
    </message>
    <message>
        <source>then a check that the ensemble runs %1 again.</source>
        <translation>その後、アンサンブルが再び %1 で動作していることを確認します。</translation>
    </message>
    <message>
        <source>Backup (exhibitor.orig) on: %1</source>
        <translation>バックアップ (exhibitor.orig) の対象: %1</translation>
    </message>
    <message>
        <source>Phase A: the static file with %1 written on: %2</source>
        <translation>フェーズ A: %1 の static ファイルを書き込むマスター: %2</translation>
    </message>
    <message>
        <source>Phase A: restarts, one at a time, of: %1</source>
        <translation>フェーズ A: 1 台ずつ再起動: %1</translation>
    </message>
    <message>
        <source>Phase B: the static file with %1 written on: %2</source>
        <translation>フェーズ B: %1 の static ファイルを書き込むマスター: %2</translation>
    </message>
    <message>
        <source>Phase B: restarts, one at a time, of: %1</source>
        <translation>フェーズ B: 1 台ずつ再起動: %1</translation>
    </message>
    <message>
        <source>Then Verify and the new config.yaml.</source>
        <translation>その後、検証と新しい config.yaml。</translation>
    </message>
    <message>
        <source>reconstructed from the masters: %1</source>
        <translation>マスターから再構成: %1</translation>
    </message>
    <message>
        <source>an unreadable record</source>
        <translation>読み取れない記録</translation>
    </message>
    <message>
        <source>Lock file on %1: %2</source>
        <translation>%1 のロックファイル: %2</translation>
    </message>
</context>
<context>
    <name>ClusterRunStateReader</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>the read ended early (exit status %1): %2</source>
        <translation>読み取りが途中で終了しました (終了ステータス %1): %2</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 を一覧表示できません: %2</translation>
    </message>
</context>
<context>
    <name>ClusterTakeover</name>
    <message>
        <source>Reading where the run stands from every master (env file, exhibitor.orig, zoo.cfg, myid, srvr, the run records)...</source>
        <translation>すべてのマスターから実行の状況を読み取っています (env ファイル、exhibitor.orig、zoo.cfg、myid、srvr、実行記録)...</translation>
    </message>
    <message>
        <source>Reconstructed from the cluster:</source>
        <translation>クラスターから再構成した内容:</translation>
    </message>
    <message>
        <source>The rollback will, from this state:</source>
        <translation>ロールバックはこの状態から次を行います:</translation>
    </message>
    <message>
        <source>The resume will, from this state:</source>
        <translation>再開はこの状態から次を行います:</translation>
    </message>
    <message>
        <source>Take the run over from the cluster and roll it back?</source>
        <translation>クラスターから実行を引き継いでロールバックしますか?</translation>
    </message>
    <message>
        <source>Take the run over from the cluster and go on with it?</source>
        <translation>クラスターから実行を引き継いで続行しますか?</translation>
    </message>
    <message>
        <source>Nothing was done.</source>
        <translation>何も行われませんでした。</translation>
    </message>
    <message>
        <source>Journal %1 written from the cluster&apos;s state (run %2); the run goes on from it.</source>
        <translation>クラスターの状態からジャーナル %1 を書き込みました (実行 %2)。実行はそこから続きます。</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>exhibitor-migrate: no command given.</source>
        <translation>exhibitor-migrate: コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>exhibitor-migrate: unknown option &quot;%1&quot;. Options come after the command.</source>
        <translation>exhibitor-migrate: 不明なオプション &quot;%1&quot; です。オプションはコマンドの後に指定します。</translation>
    </message>
    <message>
        <source>exhibitor-migrate: unknown command &quot;%1&quot;.</source>
        <translation>exhibitor-migrate: 不明なコマンド &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Commands: %1. Run &quot;exhibitor-migrate --help&quot; for more.</source>
        <translation>コマンド: %1。詳しくは &quot;exhibitor-migrate --help&quot; を実行してください。</translation>
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
        <translation>使い方: exhibitor-migrate &lt;command&gt; [options]

DC/OS クラスターの Exhibitor を、ZooKeeper を停止させずに ZooKeeper、S3、Azure または共有ファイルシステムのバックエンドから static バックエンドに移行します。

コマンド:
%1
オプション:
  -h, --help         このヘルプを表示します。
  -v, --version      バージョン情報を表示します。
      --lang &lt;code&gt;  システムの言語の代わりに言語 &lt;code&gt; (%2) を使用します。

コマンドのオプションは &quot;exhibitor-migrate &lt;command&gt; --help&quot; で確認できます。

終了ステータス: 0 成功; 1 予期しない失敗; 2 使用法の誤りまたは無効な入力。
</translation>
    </message>
</context>
<context>
    <name>ConfirmPhasePage</name>
    <message>
        <source>Confirm: back up the env file</source>
        <translation>確認: env ファイルのバックアップ</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>今すぐバックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>I have read what the backup does and want to start it</source>
        <translation>バックアップで行われる内容を読み、開始することに同意します</translation>
    </message>
    <message>
        <source>Confirm: Phase A, static backend with the current IDs</source>
        <translation>確認: フェーズ A、現在の ID での static バックエンド</translation>
    </message>
    <message>
        <source>&amp;Start Phase A</source>
        <translation>フェーズ A を開始(&amp;S)</translation>
    </message>
    <message>
        <source>I have read what Phase A does and want to start it</source>
        <translation>フェーズ A で行われる内容を読み、開始することに同意します</translation>
    </message>
    <message>
        <source>Confirm: Phase B, DC/OS&apos;s canonical IDs</source>
        <translation>確認: フェーズ B、DC/OS の正規 ID</translation>
    </message>
    <message>
        <source>&amp;Start Phase B</source>
        <translation>フェーズ B を開始(&amp;S)</translation>
    </message>
    <message>
        <source>I have read what Phase B does and want to start it</source>
        <translation>フェーズ B で行われる内容を読み、開始することに同意します</translation>
    </message>
    <message>
        <source>Confirm: verify the migrated cluster</source>
        <translation>確認: 移行したクラスターの検証</translation>
    </message>
    <message>
        <source>&amp;Verify now</source>
        <translation>今すぐ検証(&amp;V)</translation>
    </message>
    <message>
        <source>I have read what Verify does and want to start it</source>
        <translation>検証で行われる内容を読み、開始することに同意します</translation>
    </message>
    <message>
        <source>Confirm: roll back to the original configuration</source>
        <translation>確認: 元の設定へのロールバック</translation>
    </message>
    <message>
        <source>&amp;Roll back now</source>
        <translation>今すぐロールバック(&amp;R)</translation>
    </message>
    <message>
        <source>I have read what the rollback does and want to start it</source>
        <translation>ロールバックで行われる内容を読み、開始することに同意します</translation>
    </message>
    <message>
        <source>Nothing happens until you confirm. Read what will happen on which master.</source>
        <translation>確認するまで何も実行されません。どのマスターで何が行われるかをお読みください。</translation>
    </message>
    <message>
        <source>What %1 runs on each master</source>
        <translation>%1 が各マスターで実行する内容</translation>
    </message>
    <message>
        <source>&amp;Commands per master:</source>
        <translation>マスターごとのコマンド(&amp;C):</translation>
    </message>
    <message>
        <source>Waiting for the run to reach this step…</source>
        <translation>実行がこのステップに到達するのを待っています…</translation>
    </message>
    <message>
        <source>On every master the env file is copied to exhibitor.orig (cp -p; an existing backup that differs is never overwritten) and checksummed against the file preflight read. No service restarts; ZooKeeper keeps serving. From now on the Roll back button stays available.</source>
        <translation>すべてのマスターで env ファイルを exhibitor.orig にコピーし (cp -p。内容の異なる既存のバックアップが上書きされることはありません)、事前チェックで読み取ったファイルとチェックサムを照合します。サービスは再起動せず、ZooKeeper はリクエストの処理を続けます。これ以降、[ロールバック] ボタンは常に使用できます。</translation>
    </message>
    <message numerus="yes">
        <source>The static env file with every master&apos;s current ID is written to all %n master(s) first (atomically, read back). Then the masters restart one at a time, followers first; each must settle (unit active, serving, one leader, majority serving, caught up) before the next. The leader is left for Phase B when Phase B follows, so Phase A causes no leader election. Expect each master to show restarting, then settling, then settled.</source>
        <translation>
            <numerusform>まず、各マスターの現在の ID を記載した static env ファイルを %n 台すべてのマスターに書き込みます (アトミックに書き込み、読み戻して確認)。その後、マスターを 1 台ずつ、フォロワーから順に再起動します。各マスターは次の再起動の前に安定する (ユニットが active、リクエストを処理、リーダーが 1 つ、過半数が稼働、追いつき済み) 必要があります。フェーズ B が続く場合、リーダーはフェーズ B に任せるため、フェーズ A ではリーダー選出が発生しません。各マスターは「再起動中」、「安定化中」、「安定」の順に表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The env file with DC/OS&apos;s canonical IDs is written to all masters, then they restart one at a time. The first restarted masters log &quot;ZooKeeperServer not running&quot; until a majority (%1 of %2) runs the new numbering: expected, not an error. The %1. restart (the old leader&apos;s) is the one brief quorum change, about a second: the masters still on the old numbering are stopped at that moment and started on the new numbering after it. Clients reconnect within their session timeout.</source>
        <translation>DC/OS の正規 ID を記載した env ファイルをすべてのマスターに書き込み、その後 1 台ずつ再起動します。最初に再起動したマスターは、過半数 (%2 台中 %1 台) が新しい番号付けで動作するまで &quot;ZooKeeperServer not running&quot; をログに出力しますが、これは想定どおりでエラーではありません。%1 回目の再起動 (旧リーダーの再起動) が唯一の短いクォーラムの切り替え (約 1 秒) です。その時点で古い番号付けのままのマスターは停止され、その後新しい番号付けで起動されます。クライアントはセッションタイムアウト内に再接続します。</translation>
    </message>
    <message>
        <source>Read-only: one leader, followers in sync, every master&apos;s ID, env file, myid and zoo.cfg as planned, the data unchanged since preflight and the canary session alive. Then the new config.yaml is written next to the original and the run&apos;s own znodes are removed.</source>
        <translation>読み取り専用: リーダーが 1 つ、フォロワーが同期済み、各マスターの ID、env ファイル、myid、zoo.cfg が計画どおり、データが事前チェック以降変更されていない、カナリアセッションが存続。その後、新しい config.yaml を元のファイルの隣に書き込み、この実行自身の znode を削除します。</translation>
    </message>
    <message>
        <source>Any running step finishes first. Then exhibitor.orig is restored on every master byte for byte and the masters restart one at a time in the safe order, each settling before the next; a renumbered ensemble goes back with the same brief quorum change as Phase B. Finally the original files and IDs are verified.</source>
        <translation>実行中のステップがあれば、まずそれを完了します。その後、すべてのマスターで exhibitor.orig をバイト単位でそのまま復元し、安全な順序で 1 台ずつマスターを再起動します。各マスターは次の再起動の前に安定します。番号を付け直したアンサンブルは、フェーズ B と同じ短いクォーラムの切り替えで元に戻ります。最後に元のファイルと ID を検証します。</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>マスター: %1</translation>
    </message>
    <message>
        <source>Estimate for %1</source>
        <translation>%1 の見積もり</translation>
    </message>
    <message>
        <source>Estimate:</source>
        <translation>見積もり:</translation>
    </message>
</context>
<context>
    <name>ConnectionController</name>
    <message>
        <source>~/.ssh/config could not be read: %1</source>
        <translation>~/.ssh/config を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>%1 (direct)</source>
        <translation>%1 (直接)</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 (%2 経由)</translation>
    </message>
    <message>
        <source>no system keychain</source>
        <translation>システムキーチェーンがありません</translation>
    </message>
</context>
<context>
    <name>ConnectionPage</name>
    <message>
        <source>&amp;Automatic: the agent, then the keys from ~/.ssh/config</source>
        <translation>自動(&amp;A): エージェント、次に ~/.ssh/config の鍵</translation>
    </message>
    <message>
        <source>SSH a&amp;gent only</source>
        <translation>SSH エージェントのみ(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Key file</source>
        <translation>鍵ファイル(&amp;K)</translation>
    </message>
    <message>
        <source>Pa&amp;ssword</source>
        <translation>パスワード(&amp;S)</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>Key passphrase</source>
        <translation>鍵のパスフレーズ</translation>
    </message>
    <message>
        <source>SSH password</source>
        <translation>SSH パスワード</translation>
    </message>
    <message>
        <source>Password for sudo</source>
        <translation>sudo のパスワード</translation>
    </message>
    <message>
        <source>R&amp;emember the passwords in the system keychain</source>
        <translation>パスワードをシステムキーチェーンに保存する(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>Connect to the masters</source>
        <translation>マスターへの接続</translation>
    </message>
    <message>
        <source>The wizard logs in to every master over SSH, checks each host key against known_hosts and runs what needs root through sudo. Nothing is changed on the masters.</source>
        <translation>ウィザードは SSH ですべてのマスターにログインし、各ホスト鍵を known_hosts と照合して、root 権限が必要な処理を sudo で実行します。マスター上では何も変更されません。</translation>
    </message>
    <message>
        <source>SSH user</source>
        <translation>SSH ユーザー</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else your local user name</source>
        <translation>~/.ssh/config の設定、なければローカルのユーザー名</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH ポート</translation>
    </message>
    <message>
        <source>from ~/.ssh/config, else 22</source>
        <translation>~/.ssh/config の設定、なければ 22</translation>
    </message>
    <message>
        <source>Log in automatically with the agent or the keys from ~/.ssh/config</source>
        <translation>エージェントまたは ~/.ssh/config の鍵で自動的にログイン</translation>
    </message>
    <message>
        <source>Log in with the SSH agent only</source>
        <translation>SSH エージェントのみでログイン</translation>
    </message>
    <message>
        <source>Log in with a key file</source>
        <translation>鍵ファイルでログイン</translation>
    </message>
    <message>
        <source>Log in with a password</source>
        <translation>パスワードでログイン</translation>
    </message>
    <message>
        <source>Private key file</source>
        <translation>秘密鍵ファイル</translation>
    </message>
    <message>
        <source>~/.ssh/id_ed25519</source>
        <translation>~/.ssh/id_ed25519</translation>
    </message>
    <message>
        <source>Browse for the private key file</source>
        <translation>秘密鍵ファイルを参照</translation>
    </message>
    <message>
        <source>How to become root</source>
        <translation>root になる方法</translation>
    </message>
    <message>
        <source>No sudo: the user is root</source>
        <translation>sudo なし: ユーザーが root</translation>
    </message>
    <message>
        <source>sudo without a password</source>
        <translation>パスワードなしの sudo</translation>
    </message>
    <message>
        <source>sudo with a password</source>
        <translation>パスワード付き sudo</translation>
    </message>
    <message>
        <source>Remember the passwords in the system keychain</source>
        <translation>パスワードをシステムキーチェーンに保存する</translation>
    </message>
    <message>
        <source>Passwords are never written to the settings file; without this they are kept in memory until the wizard closes.</source>
        <translation>パスワードが設定ファイルに書き込まれることはありません。これをオフにすると、ウィザードを閉じるまでメモリ上に保持されます。</translation>
    </message>
    <message>
        <source>Connect to all masters</source>
        <translation>すべてのマスターに接続</translation>
    </message>
    <message>
        <source>Connection state of each master</source>
        <translation>各マスターの接続状態</translation>
    </message>
    <message>
        <source>SSH &amp;user:</source>
        <translation>SSH ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>ポート(&amp;P):</translation>
    </message>
    <message>
        <source>Private key f&amp;ile:</source>
        <translation>秘密鍵ファイル(&amp;I):</translation>
    </message>
    <message>
        <source>Key passp&amp;hrase:</source>
        <translation>鍵のパスフレーズ(&amp;H):</translation>
    </message>
    <message>
        <source>SSH passwo&amp;rd:</source>
        <translation>SSH パスワード(&amp;R):</translation>
    </message>
    <message>
        <source>Su&amp;do:</source>
        <translation>sudo(&amp;D):</translation>
    </message>
    <message>
        <source>Password for sud&amp;o:</source>
        <translation>sudo のパスワード(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Masters:</source>
        <translation>マスター(&amp;M):</translation>
    </message>
    <message>
        <source>Log in with</source>
        <translation>ログイン方法</translation>
    </message>
    <message>
        <source>(known: type to replace it)</source>
        <translation>(設定済み: 入力すると置き換えます)</translation>
    </message>
    <message numerus="yes">
        <source>Connecting: %1 of %n master(s) connected.</source>
        <translation>
            <numerusform>接続中: %n 台中 %1 台のマスターに接続しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>All %n master(s) connected. Continue with Next.</source>
        <translation>
            <numerusform>%n 台すべてのマスターに接続しました。[次へ] で続行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n master(s) could not be connected; the Error column says why and what to do. Fix it, then press Connect again.</source>
        <translation>
            <numerusform>%n 台中 %1 台のマスターに接続できませんでした。理由と対処方法は [エラー] 列に表示されています。修正してから、もう一度 [接続] を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the private key</source>
        <translation>秘密鍵の選択</translation>
    </message>
</context>
<context>
    <name>ConnectionStatusModel</name>
    <message>
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message>
        <source>Waiting for your host key decision</source>
        <translation>ホスト鍵の判断を待っています</translation>
    </message>
    <message>
        <source>Logging in…</source>
        <translation>ログイン中…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Via</source>
        <translation>経由</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
</context>
<context>
    <name>CurrentIds</name>
    <message>
        <source>&quot;%1&quot; is not &quot;&lt;ip&gt; &lt;id&gt;&quot;. Write one master per line, its address and its current ID, such as &quot;10.0.0.1 3&quot;.</source>
        <translation>&quot;%1&quot; は &quot;&lt;ip&gt; &lt;id&gt;&quot; の形式ではありません。1 行に 1 台のマスターについて、アドレスと現在の ID を記述してください (例: &quot;10.0.0.1 3&quot;)。</translation>
    </message>
    <message>
        <source>%1 is given again here (first on line %2). Keep only the line with its current ID.</source>
        <translation>%1 がここで再度指定されています (最初は %2 行目)。現在の ID を含む行だけを残してください。</translation>
    </message>
    <message>
        <source>This is not a directory. Give a directory holding one &lt;ip&gt;.log file per master, or the IDs with --ids.</source>
        <translation>これはディレクトリではありません。マスターごとに &lt;ip&gt;.log ファイルを 1 つずつ含むディレクトリを指定するか、--ids で ID を指定してください。</translation>
    </message>
    <message>
        <source>No journal for master %1 (%2). Save the output of &quot;journalctl -u dcos-exhibitor&quot; on that master as this file, or give the IDs with --ids.</source>
        <translation>マスター %1 のジャーナルがありません (%2)。そのマスターで &quot;journalctl -u dcos-exhibitor&quot; の出力をこのファイルとして保存するか、--ids で ID を指定してください。</translation>
    </message>
    <message>
        <source>The journal of master %1 has no &quot;my id = N&quot; line; it may have been rotated. Read the ID on that master (cat /var/lib/dcos/exhibitor/zookeeper/snapshot/myid) and give the IDs with --ids.</source>
        <translation>マスター %1 のジャーナルに &quot;my id = N&quot; の行がありません。ローテートされた可能性があります。そのマスターで ID を読み取り (cat /var/lib/dcos/exhibitor/zookeeper/snapshot/myid)、--ids で ID を指定してください。</translation>
    </message>
</context>
<context>
    <name>DemoCluster</name>
    <message>
        <source>The demo cluster is part of a source build (tests/cluster-sim); this installation does not have it.</source>
        <translation>デモクラスターはソースビルド (tests/cluster-sim) の一部です。このインストールには含まれていません。</translation>
    </message>
    <message>
        <source>Starting the demo cluster needs root (it creates namespaces, users and mounts). Run
%1
then choose &quot;Connect to the running demo&quot;.</source>
        <translation>デモクラスターの起動には root 権限が必要です (名前空間、ユーザー、マウントを作成します)。
%1
を実行してから、「実行中のデモに接続」を選択してください。</translation>
    </message>
    <message>
        <source>Starting the demo cluster (%1)…</source>
        <translation>デモクラスターを起動しています (%1)…</translation>
    </message>
    <message>
        <source>Looking for the running demo cluster…</source>
        <translation>実行中のデモクラスターを探しています…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>The demo cluster did not start:
%1</source>
        <translation>デモクラスターが起動しませんでした:
%1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Without root, start it with
%1</source>
        <translation>root 権限なしの場合は、次のコマンドで起動してください
%1</translation>
    </message>
    <message>
        <source>No running demo cluster found: %1</source>
        <translation>実行中のデモクラスターが見つかりません: %1</translation>
    </message>
    <message>
        <source>The demo cluster is up but not healthy (no leader with all followers). Run
sudo %1 status %2</source>
        <translation>デモクラスターは起動していますが正常ではありません (すべてのフォロワーを持つリーダーがいません)。次を実行してください
sudo %1 status %2</translation>
    </message>
    <message>
        <source>Demo cluster &quot;%1&quot; is healthy; SSH as %2 on port %3.</source>
        <translation>デモクラスター &quot;%1&quot; は正常です。ポート %3 で %2 として SSH 接続します。</translation>
    </message>
    <message>
        <source>The demo cluster&apos;s config.yaml cannot be used:
%1</source>
        <translation>デモクラスターの config.yaml を使用できません:
%1</translation>
    </message>
    <message>
        <source>The sim did not write the cluster&apos;s config.yaml: %1</source>
        <translation>シミュレーターがクラスターの config.yaml を書き込みませんでした: %1</translation>
    </message>
    <message>
        <source>The demo cluster is ready.</source>
        <translation>デモクラスターの準備ができました。</translation>
    </message>
    <message>
        <source>%1 is not up (no %2/state.json).</source>
        <translation>%1 は起動していません (%2/state.json がありません)。</translation>
    </message>
    <message>
        <source>Cannot read the demo masters&apos; host keys in %1.</source>
        <translation>%1 にあるデモマスターのホスト鍵を読み取れません。</translation>
    </message>
    <message>
        <source>No running demo cluster found: %1
Start it with
%2</source>
        <translation>実行中のデモクラスターが見つかりません: %1
次のコマンドで起動してください
%2</translation>
    </message>
    <message>
        <source>Demo cluster &quot;%1&quot; found; SSH as %2 (password) on port %3.</source>
        <translation>デモクラスター &quot;%1&quot; が見つかりました。ポート %3 で %2 として (パスワードで) SSH 接続します。</translation>
    </message>
</context>
<context>
    <name>DiscoverCommand</name>
    <message>
        <source>Connect to every master and read each ZooKeeper server&apos;s ID from every source.</source>
        <translation>すべてのマスターに接続し、各 ZooKeeper サーバーの ID をすべてのソースから読み取ります。</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The cluster&apos;s DC/OS config.yaml: master_list and the backend.</source>
        <translation>クラスターの DC/OS config.yaml (master_list とバックエンド)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>SSH user (default: ~/.ssh/config, else yours).</source>
        <translation>SSH ユーザー (既定: ~/.ssh/config、なければ自分のユーザー)。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>SSH port (default: ~/.ssh/config, else 22).</source>
        <translation>SSH ポート (既定: ~/.ssh/config、なければ 22)。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Private key file to log in with.</source>
        <translation>ログインに使用する秘密鍵ファイル。</translation>
    </message>
    <message>
        <source>KEYFILE</source>
        <translation>KEYFILE</translation>
    </message>
    <message>
        <source>Log in with a password read from the first line of stdin.</source>
        <translation>stdin の 1 行目から読み取ったパスワードでログインします。</translation>
    </message>
    <message>
        <source>Read the sudo password from the next line of stdin (default: the login password).</source>
        <translation>stdin の次の行から sudo パスワードを読み取ります (既定: ログインパスワード)。</translation>
    </message>
    <message>
        <source>How to become root: none, nopasswd (default) or password.</source>
        <translation>root になる方法: none、nopasswd (既定) または password。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/config, else ~/.ssh/known_hosts).</source>
        <translation>known_hosts ファイル (既定: ~/.ssh/config、なければ ~/.ssh/known_hosts)。</translation>
    </message>
    <message>
        <source>Trust this host key for this run, after comparing it on the master. Repeat for each master.</source>
        <translation>マスター上で照合した後、この実行に限りこのホスト鍵を信頼します。マスターごとに指定してください。</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>Where ZooKeeper and Exhibitor listen as seen from each master (default: the master&apos;s own IP).</source>
        <translation>各マスターから見た ZooKeeper と Exhibitor の待ち受け先 (既定: マスター自身の IP)。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>出力形式: text (既定) または json。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Show every master&apos;s log (commands, probes) on stderr.</source>
        <translation>すべてのマスターのログ (コマンド、プローブ) を stderr に表示します。</translation>
    </message>
    <message>
        <source>exhibitor-migrate discover: %1</source>
        <translation>exhibitor-migrate discover: %1</translation>
    </message>
    <message>
        <source>Run &quot;exhibitor-migrate discover --help&quot; for usage.</source>
        <translation>使い方は &quot;exhibitor-migrate discover --help&quot; を実行してください。</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate discover --config FILE [--user U] [--port P] [--identity KEYFILE] [--password-stdin] [--sudo none|nopasswd|password] [--known-hosts FILE] [--format text|json]</source>
        <translation>使い方: exhibitor-migrate discover --config FILE [--user U] [--port P] [--identity KEYFILE] [--password-stdin] [--sudo none|nopasswd|password] [--known-hosts FILE] [--format text|json]</translation>
    </message>
    <message>
        <source>Connects to every master over SSH and reads, without changing anything, each ZooKeeper server&apos;s ID from the journal, the myid file, the four-letter word conf, Exhibitor&apos;s get-state and the backend&apos;s servers-spec, plus mode, zxid, the env file&apos;s backend and the exhibitor.orig backup. The JSON output&apos;s current_ids can be given to &quot;exhibitor-migrate plan --ids&quot;.</source>
        <translation>SSH ですべてのマスターに接続し、何も変更せずに、各 ZooKeeper サーバーの ID をジャーナル、myid ファイル、4 文字コマンド conf、Exhibitor の get-state、バックエンドの servers-spec から読み取ります。あわせて mode、zxid、env ファイルのバックエンド、exhibitor.orig バックアップも読み取ります。JSON 出力の current_ids は &quot;exhibitor-migrate plan --ids&quot; に渡せます。</translation>
    </message>
    <message>
        <source>Exit status: 0 every master&apos;s ID sources agree; 2 sources disagree, a master has no ID, or the input is invalid (one line per problem on stderr, naming the master); 1 a master could not be reached.</source>
        <translation>終了ステータス: 0 すべてのマスターの ID ソースが一致; 2 ソースが一致しない、ID のないマスターがある、または入力が無効 (問題ごとに 1 行、マスター名を付けて stderr に出力); 1 到達できないマスターがある。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config FILE は必須です。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation>不明な形式 &quot;%1&quot; です。text または json を使用してください。</translation>
    </message>
    <message>
        <source>unknown sudo mode &quot;%1&quot;; use none, nopasswd or password.</source>
        <translation>不明な sudo モード &quot;%1&quot; です。none、nopasswd または password を使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>&quot;%1&quot; はポート番号ではありません。</translation>
    </message>
    <message>
        <source>give either --identity or --password-stdin, not both.</source>
        <translation>--identity と --password-stdin はどちらか一方だけを指定してください。</translation>
    </message>
    <message>
        <source>--password-stdin: no password on stdin.</source>
        <translation>--password-stdin: stdin にパスワードがありません。</translation>
    </message>
    <message>
        <source>--sudo-password-stdin: no sudo password on stdin.</source>
        <translation>--sudo-password-stdin: stdin に sudo パスワードがありません。</translation>
    </message>
    <message>
        <source>--sudo password needs --password-stdin or --sudo-password-stdin.</source>
        <translation>--sudo password には --password-stdin または --sudo-password-stdin が必要です。</translation>
    </message>
    <message>
        <source>%1: trusting host key %2 %3 for this run, as given with --accept-host-key.</source>
        <translation>%1: --accept-host-key の指定に従い、この実行に限りホスト鍵 %2 %3 を信頼します。</translation>
    </message>
    <message>
        <source>%1: host key %2 %3 is not in %4. Compare it with the master&apos;s own (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub on the master) and, if it is the same, pass --accept-host-key %3.</source>
        <translation>%1: ホスト鍵 %2 %3 が %4 にありません。マスター自身の鍵 (マスター上で ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) と比較し、同じであれば --accept-host-key %3 を指定してください。</translation>
    </message>
    <message>
        <source>Masters as DC/OS sorts them (as strings):</source>
        <translation>DC/OS による並び順 (文字列として) のマスター:</translation>
    </message>
    <message>
        <source>%1: exhibitor.orig differs from the current env file (an earlier run&apos;s backup; it is never overwritten)</source>
        <translation>%1: exhibitor.orig が現在の env ファイルと異なります (以前の実行時のバックアップです。上書きされることはありません)</translation>
    </message>
    <message>
        <source>Notes (sources that could not say are not a disagreement):</source>
        <translation>注記 (判定できなかったソースは不一致ではありません):</translation>
    </message>
    <message>
        <source>Current IDs (an ids file for &quot;exhibitor-migrate plan --ids&quot;):</source>
        <translation>現在の ID (&quot;exhibitor-migrate plan --ids&quot; 用の ids ファイル):</translation>
    </message>
    <message>
        <source>--accept-host-key takes the whole fingerprint as ssh-keygen -l prints it, &quot;SHA256:&quot; and 43 characters; &quot;%1&quot; is not one.</source>
        <translation>--accept-host-key には ssh-keygen -l が表示するとおりのフィンガープリント全体 (&quot;SHA256:&quot; と 43 文字) を指定します。&quot;%1&quot; はそうではありません。</translation>
    </message>
    <message>
        <source>SSH password: </source>
        <translation>SSH パスワード: </translation>
    </message>
    <message>
        <source>sudo password: </source>
        <translation>sudo パスワード: </translation>
    </message>
</context>
<context>
    <name>Discovery</name>
    <message>
        <source>connecting</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>discovering</source>
        <translation>検出中</translation>
    </message>
    <message>
        <source>cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
</context>
<context>
    <name>DiscoveryController</name>
    <message>
        <source>discovery</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Discovery is still running.</source>
        <translation>検出はまだ実行中です。</translation>
    </message>
    <message>
        <source>Discovery has not run yet.</source>
        <translation>検出はまだ実行されていません。</translation>
    </message>
    <message>
        <source>%1: choose the ID it runs with, or fix the master and discover again.</source>
        <translation>%1: 実際に動作している ID を選択するか、マスターを修正して再度検出してください。</translation>
    </message>
    <message>
        <source>Discovery found no master.</source>
        <translation>検出でマスターが見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>DiscoveryIdsFile</name>
    <message>
        <source>This is not valid JSON (%1). Give the output of &quot;exhibitor-migrate discover --format json&quot; or an ids file.</source>
        <translation>有効な JSON ではありません (%1)。&quot;exhibitor-migrate discover --format json&quot; の出力か ids ファイルを指定してください。</translation>
    </message>
    <message>
        <source>No &quot;current_ids&quot; object. Give the output of &quot;exhibitor-migrate discover --format json&quot;.</source>
        <translation>&quot;current_ids&quot; オブジェクトがありません。&quot;exhibitor-migrate discover --format json&quot; の出力を指定してください。</translation>
    </message>
    <message>
        <source>The ID of %1 in current_ids is not a whole number.</source>
        <translation>current_ids にある %1 の ID が整数ではありません。</translation>
    </message>
    <message>
        <source>Discovery found no agreed ID for %1.</source>
        <translation>検出で %1 の一致した ID が見つかりませんでした。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is given again in the same object here (first on line %2); only one of them is read. Remove the one that is wrong.</source>
        <translation>&quot;%1&quot; がここで同じオブジェクト内に再び指定されています (最初は %2 行目)。読み取られるのはどちらか一方だけです。誤っている方を削除してください。</translation>
    </message>
</context>
<context>
    <name>DiscoveryModel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>same</source>
        <translation>同一</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>相違</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>The ID sources disagree: %1</source>
        <translation>ID ソースが一致しません: %1</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>利用不可: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Still discovering</source>
        <translation>検出中</translation>
    </message>
    <message>
        <source>Agreed by %1</source>
        <translation>%1 で一致</translation>
    </message>
    <message>
        <source>exhibitor.orig differs from the current env file: an earlier run&apos;s backup. It is never overwritten.</source>
        <translation>exhibitor.orig が現在の env ファイルと異なります。以前の実行時のバックアップです。上書きされることはありません。</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Current ID</source>
        <translation>現在の ID</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>ジャーナル</translation>
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
        <translation>バックエンド spec</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>モード</translation>
    </message>
    <message>
        <source>zxid</source>
        <translation>zxid</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>バックエンド</translation>
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
        <translation>再検出(&amp;R)</translation>
    </message>
    <message>
        <source>Cance&amp;l discovery</source>
        <translation>検出をキャンセル(&amp;L)</translation>
    </message>
    <message>
        <source>C&amp;hoose ID…</source>
        <translation>ID を選択(&amp;H)…</translation>
    </message>
    <message>
        <source>E&amp;xport dry-run script…</source>
        <translation>ドライランスクリプトをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Discover the masters</source>
        <translation>マスターの検出</translation>
    </message>
    <message>
        <source>Every master&apos;s ZooKeeper ID from each source, read over SSH (nothing is written), and what the migration will do with them.</source>
        <translation>各マスターの ZooKeeper ID を各ソースから SSH 経由で読み取った結果 (何も書き込みません) と、移行でそれらをどう扱うか。</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>フィルター(&amp;F):</translation>
    </message>
    <message>
        <source>Filter the masters</source>
        <translation>マスターを絞り込み</translation>
    </message>
    <message>
        <source>IP, ID, mode, backend…</source>
        <translation>IP、ID、モード、バックエンド…</translation>
    </message>
    <message>
        <source>&amp;Masters as discovered:</source>
        <translation>検出されたマスター(&amp;M):</translation>
    </message>
    <message>
        <source>Masters as discovered</source>
        <translation>検出されたマスター</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>検出の進捗</translation>
    </message>
    <message>
        <source>Discover every master again</source>
        <translation>すべてのマスターを再度検出</translation>
    </message>
    <message>
        <source>Cancel the discovery</source>
        <translation>検出をキャンセル</translation>
    </message>
    <message>
        <source>Choose the ID of the selected master</source>
        <translation>選択したマスターの ID を選択</translation>
    </message>
    <message>
        <source>For a master whose sources disagree: the ID it really runs with, from those its sources found.</source>
        <translation>ソースが一致しないマスターについて、そのソースが見つけた ID の中から実際に動作している ID を選びます。</translation>
    </message>
    <message>
        <source>Export the dry-run script</source>
        <translation>ドライランスクリプトをエクスポート</translation>
    </message>
    <message>
        <source>A commented shell script with every command the migration runs on each master. It starts with &quot;exit 1&quot;: it documents the run and does nothing when run.</source>
        <translation>各マスターで移行が実行するすべてのコマンドを、コメント付きで記載したシェルスクリプトです。先頭が &quot;exit 1&quot; のため、実行内容を記録するだけで、実行しても何も行いません。</translation>
    </message>
    <message>
        <source>%v of %m masters</source>
        <translation>マスター %m 台中 %v 台</translation>
    </message>
    <message>
        <source>Discovering… reading env files, myid, Exhibitor&apos;s state and ZooKeeper on every master.</source>
        <translation>検出中… すべてのマスターで env ファイル、myid、Exhibitor の状態、ZooKeeper を読み取っています。</translation>
    </message>
    <message>
        <source>Not discovered yet.</source>
        <translation>まだ検出していません。</translation>
    </message>
    <message>
        <source>Discovered. No master reported itself as ZooKeeper leader.</source>
        <translation>検出しました。ZooKeeper リーダーを報告したマスターはありません。</translation>
    </message>
    <message>
        <source>Discovered. Leader: %1.</source>
        <translation>検出しました。リーダー: %1。</translation>
    </message>
    <message>
        <source>Choose the ID of %1</source>
        <translation>%1 の ID を選択</translation>
    </message>
    <message>
        <source>%1&apos;s sources disagree: %2
Which ID does its ZooKeeper really run with? Check before choosing; the plan uses what you choose.</source>
        <translation>%1 のソースが一致しません: %2
その ZooKeeper が実際に動作している ID はどれですか? 選択する前に確認してください。計画には選択した ID が使われます。</translation>
    </message>
    <message>
        <source>Shell scripts (*.sh);;All files (*)</source>
        <translation>シェルスクリプト (*.sh);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Dry-run script written to %1.</source>
        <translation>ドライランスクリプトを %1 に書き込みました。</translation>
    </message>
</context>
<context>
    <name>DryRunScript</name>
    <message>
        <source>Exhibitor migration dry run: ZooKeeper backend to static, %1 masters.
Written by the Exhibitor Migration Wizard on %2.

This script documents the run; it is not a way to perform it. The wizard waits after every restart until the ensemble has settled (one leader, a majority serving, caught up) and stops the run when it does not; a script cannot. The exit below makes running it by accident do nothing.

Each block lists, per master, the exact commands the wizard runs there over SSH. Values of secret-looking keys are shown as &lt;redacted&gt;.</source>
        <translation>Exhibitor 移行のドライラン: ZooKeeper バックエンドから static へ、マスター %1 台。
Exhibitor 移行ウィザードが %2 に作成。

このスクリプトは実行内容を記録したもので、移行を実行する手段ではありません。ウィザードは再起動のたびにアンサンブルが安定する (リーダーが 1 つ、過半数が稼働、追いつき済み) まで待機し、安定しなければ実行を停止しますが、スクリプトにはそれができません。下の exit により、誤って実行しても何も起きません。

各ブロックには、マスターごとに、ウィザードが SSH 経由でそこで実行する正確なコマンドが記載されています。秘密情報と思われるキーの値は &lt;redacted&gt; と表示されます。</translation>
    </message>
    <message>
        <source>Phase A ensemble (current IDs): %1
Phase B ensemble (DC/OS numbering): %2
%3</source>
        <translation>フェーズ A のアンサンブル (現在の ID): %1
フェーズ B のアンサンブル (DC/OS の番号付け): %2
%3</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>元に戻す: %1</translation>
    </message>
    <message>
        <source>On this workstation: %1</source>
        <translation>このワークステーション上で: %1</translation>
    </message>
    <message>
        <source>--- on %1 (%2) ---</source>
        <translation>--- %1 (%2) 上 ---</translation>
    </message>
    <message>
        <source>The env file of %1 was not read: its new content is not known.</source>
        <translation>%1 の env ファイルは読み取られていません: 新しい内容は不明です。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Ensemble</name>
    <message>
        <source>&quot;%1&quot; is not an id:host pair such as 1:10.0.0.1.</source>
        <translation>&quot;%1&quot; は 1:10.0.0.1 のような id:host の組ではありません。</translation>
    </message>
    <message>
        <source>No current ID is given for master %1. Find it (journalctl -u dcos-exhibitor | grep -i &quot;my id&quot; on that master) and add it.</source>
        <translation>マスター %1 の現在の ID が指定されていません。確認して (そのマスターで journalctl -u dcos-exhibitor | grep -i &quot;my id&quot;)、追加してください。</translation>
    </message>
    <message>
        <source>Master %1 has ID %2, but ZooKeeper server IDs are %3 to %4. Check the ID on that master.</source>
        <translation>マスター %1 の ID は %2 ですが、ZooKeeper サーバーの ID は %3 から %4 までです。そのマスターの ID を確認してください。</translation>
    </message>
    <message>
        <source>Master %1 has ID %2, which master %3 has too. Every server needs its own ID: check both masters&apos; current IDs.</source>
        <translation>マスター %1 の ID は %2 ですが、マスター %3 も同じ ID です。各サーバーには固有の ID が必要です。両方のマスターの現在の ID を確認してください。</translation>
    </message>
    <message>
        <source>An ID is given for %1, which is not in master_list. Remove it, or correct the address if it is a typo.</source>
        <translation>%1 の ID が指定されていますが、master_list にありません。削除するか、入力ミスであればアドレスを修正してください。</translation>
    </message>
</context>
<context>
    <name>EnsembleDiagramModel</name>
    <message>
        <source>Known once every master has an agreed current ID.</source>
        <translation>すべてのマスターの現在の ID が一致して判明すると表示されます。</translation>
    </message>
    <message>
        <source>Phase B is skipped: every master already has the ID DC/OS generates.</source>
        <translation>フェーズ B はスキップされます。すべてのマスターが DC/OS の生成する ID をすでに持っています。</translation>
    </message>
    <message>
        <source>restarts in Phase B</source>
        <translation>フェーズ B で再起動</translation>
    </message>
    <message>
        <source>Numbering not known yet (each restart tells)</source>
        <translation>番号付けはまだ不明です (再起動のたびに判明します)</translation>
    </message>
    <message>
        <source>Old numbering (IDs as now)</source>
        <translation>古い番号付け (現在の ID)</translation>
    </message>
    <message>
        <source>Ensemble</source>
        <translation>アンサンブル</translation>
    </message>
    <message>
        <source>New numbering (DC/OS&apos;s IDs)</source>
        <translation>新しい番号付け (DC/OS の ID)</translation>
    </message>
    <message>
        <source>%1 of %2 masters</source>
        <translation>マスター %2 台中 %1 台</translation>
    </message>
    <message>
        <source>%1 of %2 masters expected to serve: quorum</source>
        <translation>マスター %2 台中 %1 台がリクエストを処理する見込み: クォーラムあり</translation>
    </message>
    <message>
        <source>%1 of %2 masters: no quorum (needs %3)</source>
        <translation>マスター %2 台中 %1 台: クォーラムなし (%3 台必要)</translation>
    </message>
    <message>
        <source>%1 of %2 serving, leader %3: quorum</source>
        <translation>%2 台中 %1 台がリクエストを処理中、リーダー %3: クォーラムあり</translation>
    </message>
    <message>
        <source>%1 of %2 serving: no quorum (needs %3 and a leader)</source>
        <translation>%2 台中 %1 台がリクエストを処理中: クォーラムなし (%3 台とリーダーが必要)</translation>
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
        <translation>ID 不明</translation>
    </message>
    <message>
        <source>static</source>
        <translation>static</translation>
    </message>
    <message>
        <source>dynamic store</source>
        <translation>動的ストア</translation>
    </message>
    <message>
        <source>dynamic store (%1)</source>
        <translation>動的ストア (%1)</translation>
    </message>
    <message>
        <source>backend not known yet</source>
        <translation>バックエンドはまだ不明</translation>
    </message>
    <message>
        <source>backend</source>
        <translation>バックエンド</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>リーダー</translation>
    </message>
    <message>
        <source>follower</source>
        <translation>フォロワー</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>リクエスト処理中</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>リクエスト未処理</translation>
    </message>
    <message>
        <source>down</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>再起動中</translation>
    </message>
    <message>
        <source>role unknown</source>
        <translation>役割不明</translation>
    </message>
    <message>
        <source>old numbering</source>
        <translation>古い番号付け</translation>
    </message>
    <message>
        <source>new numbering</source>
        <translation>新しい番号付け</translation>
    </message>
    <message>
        <source>numbering not known yet</source>
        <translation>番号付けはまだ不明</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>%1 (the leader) restarts only in Phase B: one election fewer.</source>
        <translation>%1 (リーダー) はフェーズ B でのみ再起動します。リーダー選出が 1 回少なくなります。</translation>
    </message>
</context>
<context>
    <name>EnsembleDiagramView</name>
    <message>
        <source>Ensemble diagram</source>
        <translation>アンサンブル図</translation>
    </message>
    <message>
        <source>Ensemble diagram: %1</source>
        <translation>アンサンブル図: %1</translation>
    </message>
    <message>
        <source>No masters to show yet.</source>
        <translation>表示するマスターはまだありません。</translation>
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
        <translation>現在</translation>
    </message>
    <message>
        <source>After Phase A</source>
        <translation>フェーズ A の後</translation>
    </message>
    <message>
        <source>After Phase B</source>
        <translation>フェーズ B の後</translation>
    </message>
    <message>
        <source>After Phase B (skipped)</source>
        <translation>フェーズ B の後 (スキップ)</translation>
    </message>
</context>
<context>
    <name>ExhibitorClusterStatus</name>
    <message>
        <source>Exhibitor answered with malformed JSON: %1</source>
        <translation>Exhibitor が不正な形式の JSON を返しました: %1</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s cluster status is not a list of servers</source>
        <translation>Exhibitor のクラスターステータスがサーバーのリストではありません</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s cluster status contains an entry that is not a server</source>
        <translation>Exhibitor のクラスターステータスにサーバーではないエントリが含まれています</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s cluster status names a server without a hostname</source>
        <translation>Exhibitor のクラスターステータスにホスト名のないサーバーがあります</translation>
    </message>
</context>
<context>
    <name>ExhibitorKick</name>
    <message>
        <source>cannot reach Exhibitor&apos;s REST through SSH (%1)</source>
        <translation>SSH 経由で Exhibitor の REST に到達できません (%1)</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST is up but it does not know this master as server %1 yet (serverId %2; a ZooKeeper backend&apos;s config is read every 30 s): asking it to start ZooKeeper now would start it standalone, so waiting</source>
        <translation>Exhibitor の REST は応答していますが、このマスターをまだサーバー %1 として認識していません (serverId %2。ZooKeeper バックエンドの設定は 30 秒ごとに読み込まれます)。今 ZooKeeper の起動を依頼するとスタンドアロンで起動してしまうため、待機します</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST answered %1 ms after the start; asked it to start ZooKeeper now (cluster/start) instead of waiting for its first instance check</source>
        <translation>Exhibitor の REST が起動の %1 ms 後に応答しました。最初のインスタンスチェックを待たずに、今すぐ ZooKeeper を起動するよう依頼しました (cluster/start)</translation>
    </message>
    <message>
        <source>Exhibitor could not be asked to start ZooKeeper (%1): it starts at Exhibitor&apos;s own first check, check-ms after Exhibitor started (30 s on DC/OS)</source>
        <translation>Exhibitor に ZooKeeper の起動を依頼できませんでした (%1)。ZooKeeper は Exhibitor 自身の最初のチェック時、つまり Exhibitor の起動から check-ms 後 (DC/OS では 30 秒) に起動します</translation>
    </message>
</context>
<context>
    <name>ExhibitorRestProbe</name>
    <message>
        <source>Exhibitor REST not answering at %1: no answer within %2 ms</source>
        <translation>%1 の Exhibitor REST が応答しません: %2 ms 以内に応答がありません</translation>
    </message>
    <message>
        <source>Exhibitor REST not answering at %1: %2</source>
        <translation>%1 の Exhibitor REST が応答しません: %2</translation>
    </message>
    <message>
        <source>Exhibitor REST at %1 answered HTTP %2</source>
        <translation>%1 の Exhibitor REST が HTTP %2 を返しました</translation>
    </message>
    <message>
        <source>Exhibitor REST at %1 answered HTTP %2, a redirect to %3, which is not followed</source>
        <translation>%1 の Exhibitor REST が HTTP %2 (%3 へのリダイレクト) を返しました。リダイレクトには従いません</translation>
    </message>
    <message>
        <source>(no location)</source>
        <translation>(転送先なし)</translation>
    </message>
    <message>
        <source>Exhibitor REST at %1 answered HTTP 401: it requires the admin password (exhibitor_admin_password in config.yaml)</source>
        <translation>%1 の Exhibitor REST が HTTP 401 を返しました。管理者パスワード (config.yaml の exhibitor_admin_password) が必要です</translation>
    </message>
    <message>
        <source>Exhibitor REST at %1 answered HTTP 401: it refused the admin password (exhibitor_admin_password)</source>
        <translation>%1 の Exhibitor REST が HTTP 401 を返しました。管理者パスワード (exhibitor_admin_password) が拒否されました</translation>
    </message>
    <message>
        <source>Exhibitor at %1 did not accept the start: %2</source>
        <translation>%1 の Exhibitor が起動を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST requires HTTPS with a client certificate on this master (EXHIBITOR_TLS_ENABLED=true, DC/OS Enterprise); this tool does not use the master&apos;s own certificates, so the REST is not asked</source>
        <translation>このマスターでは、Exhibitor の REST にクライアント証明書付きの HTTPS が必要です (EXHIBITOR_TLS_ENABLED=true、DC/OS Enterprise)。このツールはマスター自身の証明書を使用しないため、REST には問い合わせません</translation>
    </message>
</context>
<context>
    <name>ExhibitorSettings</name>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
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
        <translation>Exhibitor が不正な形式の JSON を返しました: %1</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s state has no &quot;config&quot; object</source>
        <translation>Exhibitor の状態に &quot;config&quot; オブジェクトがありません</translation>
    </message>
</context>
<context>
    <name>FileReadJob</name>
    <message>
        <source>Could not read %1 on %2: %3</source>
        <translation>%2 上の %1 を読み取れませんでした: %3</translation>
    </message>
</context>
<context>
    <name>FinishOperation</name>
    <message>
        <source>Write the new config.yaml and clean up</source>
        <translation>新しい config.yaml を書き込んでクリーンアップ</translation>
    </message>
    <message>
        <source>Write %1 (exhibitor_storage_backend: static) for DC/OS&apos;s next upgrade or config change, remove the run&apos;s znodes under %2, write the report.</source>
        <translation>DC/OS の次回のアップグレードまたは設定変更に備えて %1 (exhibitor_storage_backend: static) を書き込み、%2 以下にあるこの実行の znode を削除し、レポートを書き込みます。</translation>
    </message>
    <message>
        <source>write %1</source>
        <translation>%1 を書き込み</translation>
    </message>
    <message>
        <source>Refusing to write over the original %1.</source>
        <translation>元の %1 への上書きを拒否しました。</translation>
    </message>
    <message>
        <source>The new config.yaml could not be rendered; edit a copy by hand (see the plan&apos;s issues).</source>
        <translation>新しい config.yaml を生成できませんでした。コピーを手動で編集してください (計画の問題点を参照)。</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>%1 を書き込みました</translation>
    </message>
    <message>
        <source>could not remove %1: %2</source>
        <translation>%1 を削除できませんでした: %2</translation>
    </message>
    <message>
        <source>Migration complete. Use %1 for DC/OS from now on.</source>
        <translation>移行が完了しました。今後は DC/OS に %1 を使用してください。</translation>
    </message>
    <message>
        <source>could not remove the write probe&apos;s znodes: %1</source>
        <translation>書き込みプローブの znode を削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ForwardServer</name>
    <message>
        <source>%1 could not open a channel for %2:%3: %4</source>
        <translation>%1 が %2:%3 へのチャネルを開けませんでした: %4</translation>
    </message>
    <message>
        <source>%1 could not connect to %2:%3: %4</source>
        <translation>%1 が %2:%3 に接続できませんでした: %4</translation>
    </message>
    <message>
        <source>%1: refused a connection to the forward for %2:%3 from %4:%5: it is not one of this program&apos;s own (another user or program on this machine)</source>
        <translation>%1: %4:%5 から %2:%3 へのフォワードへの接続を拒否しました。このプログラム自身の接続ではありません (このマシン上の別のユーザーまたは別のプログラム)</translation>
    </message>
</context>
<context>
    <name>FourLetterWordProbe</name>
    <message>
        <source>the reply from %1:%2 is too large</source>
        <translation>%1:%2 からの応答が大きすぎます</translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <source>%1:%2 did not answer within %3 ms</source>
        <translation>%1:%2 が %3 ms 以内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>FourLetterWordReply</name>
    <message>
        <source>%1: not reachable: %2</source>
        <translation>%1: 到達できません: %2</translation>
    </message>
    <message>
        <source>%1: empty reply</source>
        <translation>%1: 空の応答</translation>
    </message>
    <message>
        <source>%1: this ZooKeeper server is not serving requests</source>
        <translation>%1: この ZooKeeper サーバーはリクエストを処理していません</translation>
    </message>
    <message>
        <source>%1: refused, the word is not in 4lw.commands.whitelist</source>
        <translation>%1: 拒否されました。このコマンドは 4lw.commands.whitelist にありません</translation>
    </message>
    <message>
        <source>ruok: imok</source>
        <translation>ruok: imok</translation>
    </message>
    <message>
        <source>ruok: unexpected answer</source>
        <translation>ruok: 予期しない応答</translation>
    </message>
    <message>
        <source>conf: serverId %1</source>
        <translation>conf: serverId %1</translation>
    </message>
    <message>
        <source>%1: %2, zxid 0x%3</source>
        <translation>%1: %2、zxid 0x%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>応答あり</translation>
    </message>
</context>
<context>
    <name>GateWaiter</name>
    <message>
        <source>settle gate (%1): %2</source>
        <translation>安定化ゲート (%1): %2</translation>
    </message>
    <message>
        <source>%1 did not settle within %2 s; still waiting for: %3. The run stops here: nothing else is restarted. Check the master (journalctl -u %4), then resume or roll back.</source>
        <translation>%1 は %2 秒以内に安定しませんでした。待機中の項目: %3。実行はここで停止し、他には何も再起動しません。マスターを確認して (journalctl -u %4)、再開するかロールバックしてください。</translation>
    </message>
    <message>
        <source>waiting (%1 ms): %2</source>
        <translation>待機中 (%1 ms): %2</translation>
    </message>
    <message>
        <source>%1 settled after %2 ms: %3</source>
        <translation>%1 は %2 ms 後に安定しました: %3</translation>
    </message>
    <message>
        <source>the test write to %1</source>
        <translation>%1 へのテスト書き込み</translation>
    </message>
    <message>
        <source>the test write failed: %1</source>
        <translation>テスト書き込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>Seen meanwhile: %1.</source>
        <translation>この間に観測された事象: %1。</translation>
    </message>
</context>
<context>
    <name>HostKeyDialog</name>
    <message>
        <source>&amp;Reject</source>
        <translation>拒否(&amp;R)</translation>
    </message>
    <message>
        <source>Accept &amp;once</source>
        <translation>今回のみ受け入れ(&amp;O)</translation>
    </message>
    <message>
        <source>Accept and &amp;save</source>
        <translation>受け入れて保存(&amp;S)</translation>
    </message>
    <message>
        <source>Unknown host key of %1</source>
        <translation>%1 の不明なホスト鍵</translation>
    </message>
    <message>
        <source>The master %1 presents a host key that is not in your known_hosts file. Compare its fingerprint with the one the master&apos;s administrator gives you (ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub on the master) before you accept it.</source>
        <translation>マスター %1 が、known_hosts ファイルにないホスト鍵を提示しています。受け入れる前に、そのフィンガープリントをマスターの管理者から伝えられたもの (マスター上で ssh-keygen -lf /etc/ssh/ssh_host_%2_key.pub) と比較してください。</translation>
    </message>
    <message>
        <source>Master:</source>
        <translation>マスター:</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>ホスト:</translation>
    </message>
    <message>
        <source>Host and port</source>
        <translation>ホストとポート</translation>
    </message>
    <message>
        <source>Key type:</source>
        <translation>鍵の種類:</translation>
    </message>
    <message>
        <source>Key type</source>
        <translation>鍵の種類</translation>
    </message>
    <message>
        <source>SHA256 fingerprint</source>
        <translation>SHA256 フィンガープリント</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>フィンガープリント:</translation>
    </message>
    <message>
        <source>known_hosts:</source>
        <translation>known_hosts:</translation>
    </message>
    <message>
        <source>known_hosts file</source>
        <translation>known_hosts ファイル</translation>
    </message>
    <message>
        <source>Reject the host key</source>
        <translation>ホスト鍵を拒否</translation>
    </message>
    <message>
        <source>Accept the host key for this run only</source>
        <translation>この実行に限りホスト鍵を受け入れ</translation>
    </message>
    <message>
        <source>Accept the host key and save it in known_hosts</source>
        <translation>ホスト鍵を受け入れて known_hosts に保存</translation>
    </message>
    <message>
        <source>Adds the key to %1, so later connections do not ask again.</source>
        <translation>鍵を %1 に追加し、以後の接続では確認しません。</translation>
    </message>
</context>
<context>
    <name>HttpSpecReader</name>
    <message>
        <source>no answer for %1 within %2 s; check that this workstation reaches it (proxy, firewall)</source>
        <translation>%2 秒以内に %1 の応答がありません。このワークステーションから到達できるか確認してください (プロキシ、ファイアウォール)</translation>
    </message>
    <message>
        <source>backend: reading %1 from this workstation</source>
        <translation>バックエンド: このワークステーションから %1 を読み取り中</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB: not an Exhibitor shared config</source>
        <translation>%1 は %2 KiB を超えています: Exhibitor の共有設定ではありません</translation>
    </message>
    <message>
        <source>%1 is empty: Exhibitor has not written its shared config there</source>
        <translation>%1 は空です: Exhibitor はそこに共有設定を書き込んでいません</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 に %2 がありません</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>参照(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>読み込み(&amp;L)</translation>
    </message>
    <message>
        <source>Cl&amp;ear list</source>
        <translation>リストをクリア(&amp;E)</translation>
    </message>
    <message>
        <source>Import the cluster&apos;s configuration</source>
        <translation>クラスターの設定のインポート</translation>
    </message>
    <message>
        <source>Open the config.yaml the cluster was installed with (genconf/config.yaml on the bootstrap node). Nothing on the cluster changes until you confirm the migration.</source>
        <translation>クラスターのインストールに使用した config.yaml (ブートストラップノード上の genconf/config.yaml) を開いてください。移行を確定するまで、クラスター上では何も変更されません。</translation>
    </message>
    <message>
        <source>config.&amp;yaml file:</source>
        <translation>config.yaml ファイル(&amp;Y):</translation>
    </message>
    <message>
        <source>Path of config.yaml</source>
        <translation>config.yaml のパス</translation>
    </message>
    <message>
        <source>/path/to/genconf/config.yaml</source>
        <translation>/path/to/genconf/config.yaml</translation>
    </message>
    <message>
        <source>Browse for config.yaml</source>
        <translation>config.yaml を参照</translation>
    </message>
    <message>
        <source>Load config.yaml</source>
        <translation>config.yaml を読み込み</translation>
    </message>
    <message>
        <source>&amp;Recent clusters:</source>
        <translation>最近のクラスター(&amp;R):</translation>
    </message>
    <message>
        <source>Recent clusters</source>
        <translation>最近のクラスター</translation>
    </message>
    <message>
        <source>Double-click or press Enter to load a config.yaml you opened before.</source>
        <translation>以前に開いた config.yaml を読み込むには、ダブルクリックするか Enter キーを押してください。</translation>
    </message>
    <message>
        <source>Clear the list of recent clusters</source>
        <translation>最近のクラスターの一覧をクリア</translation>
    </message>
    <message>
        <source>You can also drop a config.yaml onto this page.</source>
        <translation>このページに config.yaml をドロップすることもできます。</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>ファイルを読み取り中</translation>
    </message>
    <message>
        <source>Loaded configuration</source>
        <translation>読み込んだ設定</translation>
    </message>
    <message>
        <source>Type the path of config.yaml, choose it with Browse, or use the demo cluster.</source>
        <translation>config.yaml のパスを入力するか、[参照] で選択するか、デモクラスターを使用してください。</translation>
    </message>
    <message>
        <source>Open config.yaml</source>
        <translation>config.yaml を開く</translation>
    </message>
    <message>
        <source>DC/OS configuration (*.yaml *.yml);;All files (*)</source>
        <translation>DC/OS 設定 (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>the demo cluster</source>
        <translation>デモクラスター</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %1: cluster &quot;%2&quot;, %n master(s), Exhibitor storage backend &quot;%3&quot;.</source>
        <translation>
            <numerusform>%1 を読み込みました: クラスター &quot;%2&quot;、マスター %n 台、Exhibitor ストレージバックエンド &quot;%3&quot;。</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tart the demo cluster</source>
        <translation>デモクラスターを起動(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel the demo&apos;&amp;s start</source>
        <translation>デモの起動をキャンセル(&amp;S)</translation>
    </message>
    <message>
        <source>Start the demo cluster</source>
        <translation>デモクラスターを起動</translation>
    </message>
    <message>
        <source>Starts a simulated cluster on this machine (real sshd and ZooKeeper per master) and sets everything up to migrate it. Needs root.</source>
        <translation>このマシン上でシミュレートしたクラスター (マスターごとに実際の sshd と ZooKeeper) を起動し、移行の準備をすべて整えます。root 権限が必要です。</translation>
    </message>
    <message>
        <source>Connect to the running demo cluster</source>
        <translation>実行中のデモクラスターに接続</translation>
    </message>
    <message>
        <source>Uses a demo cluster that was started already, e.g. with sudo.</source>
        <translation>すでに起動しているデモクラスター (sudo で起動したものなど) を使用します。</translation>
    </message>
    <message>
        <source>Cancel starting the demo cluster</source>
        <translation>デモクラスターの起動をキャンセル</translation>
    </message>
    <message>
        <source>Demo cluster progress</source>
        <translation>デモクラスターの進捗</translation>
    </message>
    <message>
        <source>The demo cluster runs on this machine; the connection settings to reach it are filled in.</source>
        <translation>デモクラスターはこのマシン上で動作しています。接続に必要な設定は入力済みです。</translation>
    </message>
    <message>
        <source>Connect to the r&amp;unning demo</source>
        <translation>実行中のデモに接続(&amp;U)</translation>
    </message>
    <message>
        <source>Use the &amp;demo&apos;s config.yaml</source>
        <translation>デモの config.yaml を使用(&amp;D)</translation>
    </message>
    <message>
        <source>Use the demo cluster&apos;s config.yaml only</source>
        <translation>デモクラスターの config.yaml のみを使用</translation>
    </message>
    <message>
        <source>Loads the bundled demo cluster&apos;s config.yaml and the IDs its masters use, without starting the cluster: enough to look at the plan.</source>
        <translation>同梱のデモクラスターの config.yaml と、そのマスターが使用している ID を、クラスターを起動せずに読み込みます。計画を確認するにはこれで十分です。</translation>
    </message>
</context>
<context>
    <name>InlineMessage</name>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>InputFile</name>
    <message>
        <source>a directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO (名前付きパイプ)</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>デバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>Cannot read the file (%1). Check the path, and that your user may read it.</source>
        <translation>ファイルを読み取れません (%1)。パスと、ユーザーに読み取り権限があることを確認してください。</translation>
    </message>
    <message>
        <source>Give the cluster&apos;s genconf/config.yaml.</source>
        <translation>クラスターの genconf/config.yaml を指定してください。</translation>
    </message>
    <message>
        <source>Give an ids file (one &quot;&lt;ip&gt; &lt;id&gt;&quot; line per master) or the output of &quot;exhibitor-migrate discover --format json&quot;.</source>
        <translation>ID ファイル (マスターごとに &quot;&lt;ip&gt; &lt;id&gt;&quot; の 1 行) または &quot;exhibitor-migrate discover --format json&quot; の出力を指定してください。</translation>
    </message>
    <message>
        <source>Save only the recent part, such as journalctl -u dcos-exhibitor --since -7d.</source>
        <translation>journalctl -u dcos-exhibitor --since -7d のように、最近の部分だけを保存してください。</translation>
    </message>
    <message>
        <source>This is %1, not a file: it is not read, because reading it could block or never end. %2</source>
        <translation>これは %1 であり、ファイルではありません。読み取りがブロックしたり終わらなかったりする可能性があるため、読み取りません。%2</translation>
    </message>
    <message>
        <source>The file is %1, more than the %2 such a file can be here, so it is not read. %3</source>
        <translation>ファイルのサイズは %1 で、この種類のファイルの上限 %2 を超えているため、読み取りません。%3</translation>
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
            <numerusform>%n バイト</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectOperation</name>
    <message>
        <source>Read the state of every master</source>
        <translation>すべてのマスターの状態を読み取り</translation>
    </message>
    <message>
        <source>Read-only: env file, %1, zoo.cfg, srvr and conf on every master.</source>
        <translation>読み取り専用: すべてのマスターの env ファイル、%1、zoo.cfg、srvr、conf。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>not connected: %1</source>
        <translation>未接続: %1</translation>
    </message>
    <message>
        <source>Cannot reach %1.</source>
        <translation>%1 に到達できません。</translation>
    </message>
    <message>
        <source>backend %1%2; %3; runs %4; %5</source>
        <translation>バックエンド %1%2; %3; %4 を実行中; %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>exhibitor.orig sha256 %1</source>
        <translation>exhibitor.orig sha256 %1</translation>
    </message>
    <message>
        <source>no exhibitor.orig</source>
        <translation>exhibitor.orig なし</translation>
    </message>
    <message>
        <source>unknown numbering</source>
        <translation>不明な番号付け</translation>
    </message>
    <message>
        <source>exhibitor.orig changed since the run backed it up (sha256 %1 then)</source>
        <translation>exhibitor.orig はこの実行でバックアップされた後に変更されています (当時の sha256 %1)</translation>
    </message>
    <message>
        <source>exhibitor.orig on %1 is not the run&apos;s backup any more.</source>
        <translation>%1 上の exhibitor.orig は、もはやこの実行のバックアップではありません。</translation>
    </message>
    <message>
        <source>Cannot connect to %1; nothing was changed.</source>
        <translation>%1 に接続できません。何も変更されていません。</translation>
    </message>
    <message>
        <source>Every master&apos;s state is read.</source>
        <translation>すべてのマスターの状態を読み取りました。</translation>
    </message>
</context>
<context>
    <name>JournalFollowers</name>
    <message>
        <source>journalctl exited with status %1</source>
        <translation>journalctl が終了ステータス %1 で終了しました</translation>
    </message>
    <message>
        <source>journalctl exited with status %1: %2</source>
        <translation>journalctl が終了ステータス %1 で終了しました: %2</translation>
    </message>
    <message>
        <source>journalctl ended</source>
        <translation>journalctl が終了しました</translation>
    </message>
    <message>
        <source>The live journal of %1 is not shown for the rest of this run: %2 (the run itself is not affected).</source>
        <translation>%1 のライブジャーナルはこの実行の残りの間は表示されません: %2(実行自体には影響しません)。</translation>
    </message>
</context>
<context>
    <name>KnownFailures</name>
    <message>
        <source>start_exhibitor.py refused to start: this master is not in the static ensemble</source>
        <translation>start_exhibitor.py が起動を拒否しました: このマスターは静的アンサンブルに含まれていません</translation>
    </message>
    <message>
        <source>With EXHIBITOR_BACKEND=STATIC, start_exhibitor.py compares the address ip-detect returns with every address of EXHIBITOR_STATICENSEMBLE (exact text, no S:/O: prefixes) and exits 1 when it is missing; systemd starts it again every 5 s and ZooKeeper never starts on this master. Put this master&apos;s address, exactly as ip-detect prints it, into the ensemble of every master&apos;s /opt/mesosphere/etc/exhibitor (or roll back with &quot;exhibitor-migrate rollback&quot;), and check that ip-detect returns the address that master_list has.</source>
        <translation>EXHIBITOR_BACKEND=STATIC の場合、start_exhibitor.py は ip-detect が返すアドレスを EXHIBITOR_STATICENSEMBLE の各アドレス (完全一致、S:/O: プレフィックスなし) と比較し、見つからなければ終了ステータス 1 で終了します。systemd は 5 秒ごとに再起動しますが、このマスターで ZooKeeper が起動することはありません。このマスターのアドレスを ip-detect の出力どおりに、すべてのマスターの /opt/mesosphere/etc/exhibitor のアンサンブルに記述し (または &quot;exhibitor-migrate rollback&quot; でロールバックし)、ip-detect が master_list にあるアドレスを返すことを確認してください。</translation>
    </message>
    <message>
        <source>start_exhibitor.py: a variable of the env file is missing</source>
        <translation>start_exhibitor.py: env ファイルの変数が不足しています</translation>
    </message>
    <message>
        <source>start_exhibitor.py needs the named variable in /opt/mesosphere/etc/exhibitor (for the static backend EXHIBITOR_BACKEND and EXHIBITOR_STATICENSEMBLE). Compare the env file with exhibitor.orig and with the plan&apos;s static file; restore exhibitor.orig if in doubt.</source>
        <translation>start_exhibitor.py には /opt/mesosphere/etc/exhibitor 内の指定された変数が必要です (static バックエンドでは EXHIBITOR_BACKEND と EXHIBITOR_STATICENSEMBLE)。env ファイルを exhibitor.orig および計画の static ファイルと比較してください。判断に迷う場合は exhibitor.orig を復元してください。</translation>
    </message>
    <message>
        <source>start_exhibitor.py: EXHIBITOR_BACKEND has a value it does not know</source>
        <translation>start_exhibitor.py: EXHIBITOR_BACKEND の値が不明です</translation>
    </message>
    <message>
        <source>EXHIBITOR_BACKEND must be one of STATIC, ZK, AWS_S3, AZURE, GCS or SHARED_FS. The env file was changed by hand or written incompletely; restore exhibitor.orig or write the plan&apos;s static file again.</source>
        <translation>EXHIBITOR_BACKEND は STATIC、ZK、AWS_S3、AZURE、GCS、SHARED_FS のいずれかでなければなりません。env ファイルが手動で変更されたか、不完全に書き込まれています。exhibitor.orig を復元するか、計画の static ファイルを再度書き込んでください。</translation>
    </message>
    <message>
        <source>ip-detect did not print an IPv4 address</source>
        <translation>ip-detect が IPv4 アドレスを出力しませんでした</translation>
    </message>
    <message>
        <source>start_exhibitor.py and the TLS bootstrap run /opt/mesosphere/bin/detect_ip and need one IPv4 address. Run it on the master and fix the ip-detect script; nothing else about Exhibitor can work before.</source>
        <translation>start_exhibitor.py と TLS ブートストラップは /opt/mesosphere/bin/detect_ip を実行し、IPv4 アドレスを 1 つ必要とします。マスター上でこれを実行し、ip-detect スクリプトを修正してください。それまでは Exhibitor の他の部分も動作しません。</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s TLS bootstrap failed and TLS is required</source>
        <translation>Exhibitor の TLS ブートストラップに失敗しましたが、TLS は必須です</translation>
    </message>
    <message>
        <source>EXHIBITOR_TLS_REQUIRED=true makes the ExecStartPre exit 1 when no certificate could be made, so Exhibitor never starts. Keep the env file&apos;s EXHIBITOR_TLS_ENABLED, EXHIBITOR_BOOTSTRAP_CA_URL and BOOTSTRAP_URL lines exactly as they were, and check that the bootstrap CA is reachable.</source>
        <translation>EXHIBITOR_TLS_REQUIRED=true の場合、証明書を作成できないと ExecStartPre が終了ステータス 1 で終了するため、Exhibitor は起動しません。env ファイルの EXHIBITOR_TLS_ENABLED、EXHIBITOR_BOOTSTRAP_CA_URL、BOOTSTRAP_URL の行を元のとおりに保ち、ブートストラップ CA に到達できることを確認してください。</translation>
    </message>
    <message>
        <source>Exhibitor started ZooKeeper alone (standalone)</source>
        <translation>Exhibitor が ZooKeeper を単独で起動しました (スタンドアロン)</translation>
    </message>
    <message>
        <source>Exhibitor found this host in no server spec, deleted myid and started ZooKeeper standalone: it serves its own copy of the data, apart from the ensemble. Stop dcos-exhibitor on this master, give it an ensemble that contains it (or roll back), and start it again.</source>
        <translation>Exhibitor はどのサーバースペックにもこのホストを見つけられなかったため、myid を削除して ZooKeeper をスタンドアロンで起動しました。この ZooKeeper はアンサンブルから切り離された独自のデータのコピーを提供しています。このマスターで dcos-exhibitor を停止し、このマスターを含むアンサンブルを設定して (またはロールバックして)、再度起動してください。</translation>
    </message>
    <message>
        <source>Exhibitor could not take its config lock</source>
        <translation>Exhibitor が設定ロックを取得できませんでした</translation>
    </message>
    <message>
        <source>Another Exhibitor is changing the shared config (a rolling change) or the backend is unreachable. Wait for the roll to end (Exhibitor&apos;s UI, rollInProgress) and check the backend&apos;s ZooKeeper, S3 or Azure access from this master.</source>
        <translation>別の Exhibitor が共有設定を変更中 (ローリング変更) か、バックエンドに到達できません。ローリング変更が終わるまで待ち (Exhibitor の UI、rollInProgress)、このマスターからバックエンドの ZooKeeper、S3、Azure へのアクセスを確認してください。</translation>
    </message>
    <message>
        <source>Exhibitor gave up reaching its config backend</source>
        <translation>Exhibitor が設定バックエンドへの接続を断念しました</translation>
    </message>
    <message>
        <source>The shared config&apos;s store (exhibitor_zk_hosts, S3, Azure) did not answer. Check that it is up and reachable from this master; the env file&apos;s backend lines must be those of exhibitor.orig until the switch.</source>
        <translation>共有設定のストア (exhibitor_zk_hosts、S3、Azure) が応答しませんでした。稼働していて、このマスターから到達できることを確認してください。切り替えまでは、env ファイルのバックエンドの行は exhibitor.orig のものでなければなりません。</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s myid file is missing</source>
        <translation>ZooKeeper の myid ファイルがありません</translation>
    </message>
    <message>
        <source>A ZooKeeper in an ensemble needs /var/lib/dcos/exhibitor/zookeeper/snapshot/myid. Exhibitor writes it at every ZooKeeper start from its server spec, and deletes it when this host is not in the spec. Make the ensemble contain this master (or roll back), then restart dcos-exhibitor.</source>
        <translation>アンサンブル内の ZooKeeper には /var/lib/dcos/exhibitor/zookeeper/snapshot/myid が必要です。Exhibitor は ZooKeeper を起動するたびにサーバースペックからこのファイルを書き込み、このホストがスペックに含まれていない場合は削除します。アンサンブルにこのマスターが含まれるようにして (またはロールバックして)、dcos-exhibitor を再起動してください。</translation>
    </message>
    <message>
        <source>A disk of the master is full</source>
        <translation>マスターのディスクがいっぱいです</translation>
    </message>
    <message>
        <source>ZooKeeper cannot write its transaction log or snapshot (/var/lib/dcos/exhibitor), or the env file&apos;s file system (/opt/mesosphere) is full. Free space (df -h /var/lib/dcos /opt/mesosphere; old snapshots, logs), then restart dcos-exhibitor. Do not delete ZooKeeper&apos;s newest snapshot or log.</source>
        <translation>ZooKeeper がトランザクションログまたはスナップショット (/var/lib/dcos/exhibitor) を書き込めないか、env ファイルのファイルシステム (/opt/mesosphere) がいっぱいです。空き容量を確保してから (df -h /var/lib/dcos /opt/mesosphere。古いスナップショットやログ)、dcos-exhibitor を再起動してください。ZooKeeper の最新のスナップショットやログは削除しないでください。</translation>
    </message>
    <message>
        <source>A ZooKeeper or Exhibitor port is taken</source>
        <translation>ZooKeeper または Exhibitor のポートが使用中です</translation>
    </message>
    <message>
        <source>Another process listens on 2181, 2888, 3888 or 8181, usually a ZooKeeper left over from an earlier start. Find it (ss -ltnp), stop it, and restart dcos-exhibitor.</source>
        <translation>別のプロセスが 2181、2888、3888、8181 のいずれかで待ち受けています。通常は以前の起動で残った ZooKeeper です。そのプロセスを見つけて (ss -ltnp) 停止し、dcos-exhibitor を再起動してください。</translation>
    </message>
    <message>
        <source>A connection was refused</source>
        <translation>接続が拒否されました</translation>
    </message>
    <message>
        <source>The named peer&apos;s ZooKeeper (2181/2888/3888) or Exhibitor (8181) is not listening. Expected for a few seconds while a master restarts; if it lasts, look at that master&apos;s own findings and journal.</source>
        <translation>指定されたピアの ZooKeeper (2181/2888/3888) または Exhibitor (8181) が待ち受けていません。マスターの再起動中の数秒間は想定どおりです。続く場合は、そのマスター自身の検出結果とジャーナルを確認してください。</translation>
    </message>
    <message>
        <source>ZooKeeper exited at start</source>
        <translation>ZooKeeper が起動時に終了しました</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s JVM stopped during its start; the lines just after this one in the journal say why (myid, zoo.cfg, disk, port). Exhibitor starts it again at its next check.</source>
        <translation>ZooKeeper の JVM が起動中に停止しました。ジャーナルのこの行の直後の行に理由 (myid、zoo.cfg、ディスク、ポート) が記録されています。Exhibitor は次回のチェック時に ZooKeeper を再度起動します。</translation>
    </message>
    <message>
        <source>The process ran out of file descriptors</source>
        <translation>プロセスのファイルディスクリプターが不足しました</translation>
    </message>
    <message>
        <source>dcos-exhibitor&apos;s unit sets LimitNOFILE=16384; a client leaking connections can exhaust it. Look at the connections (mntr&apos;s zk_num_alive_connections, cons) and restart the clients that leak.</source>
        <translation>dcos-exhibitor のユニットは LimitNOFILE=16384 を設定しています。接続をリークするクライアントがあると上限に達することがあります。接続を確認し (mntr の zk_num_alive_connections、cons)、リークしているクライアントを再起動してください。</translation>
    </message>
    <message>
        <source>A JVM ran out of memory</source>
        <translation>JVM のメモリが不足しました</translation>
    </message>
    <message>
        <source>ZooKeeper or Exhibitor ran out of heap, often with a very large tree. Check mntr&apos;s zk_approximate_data_size and the heap set in Exhibitor&apos;s java environment; restart dcos-exhibitor.</source>
        <translation>ZooKeeper または Exhibitor のヒープが不足しました。ツリーが非常に大きい場合によく起こります。mntr の zk_approximate_data_size と、Exhibitor の java 環境で設定されたヒープを確認し、dcos-exhibitor を再起動してください。</translation>
    </message>
    <message>
        <source>ZooKeeper runs but has no quorum</source>
        <translation>ZooKeeper は動作していますが、クォーラムがありません</translation>
    </message>
    <message>
        <source>Expected on the first masters restarted in Phase B until a majority runs the new numbering. Lasting elsewhere, the masters do not agree on one ensemble: compare the env files and zoo.cfg of all masters.</source>
        <translation>フェーズ B で最初に再起動したマスターでは、過半数が新しい番号付けで動作するまでは想定どおりです。それ以外で続く場合は、マスター間でアンサンブルが一致していません。すべてのマスターの env ファイルと zoo.cfg を比較してください。</translation>
    </message>
    <message>
        <source>ZooKeeper is not serving</source>
        <translation>ZooKeeper がリクエストを処理していません</translation>
    </message>
    <message>
        <source>The server is up but in no quorum (election in progress, or too few peers reachable). If it lasts, compare zoo.cfg&apos;s server lines across the masters and look for refused connections.</source>
        <translation>サーバーは動作していますが、どのクォーラムにも属していません (選出中、または到達できるピアが少なすぎます)。続く場合は、マスター間で zoo.cfg の server 行を比較し、拒否された接続がないか確認してください。</translation>
    </message>
    <message>
        <source>A four-letter word is disabled</source>
        <translation>4 文字コマンドが無効になっています</translation>
    </message>
    <message>
        <source>ZooKeeper 3.5+ answers only whitelisted words (4lw.commands.whitelist). Not a failure; the answers of the other words are in the bundle.</source>
        <translation>ZooKeeper 3.5 以降はホワイトリストにあるコマンド (4lw.commands.whitelist) にのみ応答します。障害ではありません。他のコマンドの応答はバンドルに含まれています。</translation>
    </message>
    <message>
        <source>systemd reports dcos-exhibitor failed</source>
        <translation>systemd が dcos-exhibitor の失敗を報告しています</translation>
    </message>
    <message>
        <source>The unit&apos;s start failed; the lines before this one say why. With Restart=always it is retried every 5 s, so the same failure repeats in the journal.</source>
        <translation>ユニットの起動に失敗しました。この行より前の行に理由が記録されています。Restart=always により 5 秒ごとに再試行されるため、同じ失敗がジャーナルに繰り返し記録されます。</translation>
    </message>
    <message>
        <source>The static ensemble does not contain this master</source>
        <translation>静的アンサンブルにこのマスターが含まれていません</translation>
    </message>
    <message>
        <source>%1 is not among the ensemble&apos;s addresses (%2): start_exhibitor.py will refuse to start Exhibitor here (&quot;is not in the configured list of masters&quot;). Write the plan&apos;s ensemble to this master&apos;s env file or roll back.</source>
        <translation>%1 はアンサンブルのアドレス (%2) に含まれていません。start_exhibitor.py はここで Exhibitor の起動を拒否します (&quot;is not in the configured list of masters&quot;)。計画のアンサンブルをこのマスターの env ファイルに書き込むか、ロールバックしてください。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>LiveClientsPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Live clients</source>
        <translation>ライブクライアント</translation>
    </message>
    <message>
        <source>Live clients: the run&apos;s write probe</source>
        <translation>ライブクライアント: この実行の書き込みプローブ</translation>
    </message>
    <message>
        <source>Writes per second</source>
        <translation>1 秒あたりの書き込み数</translation>
    </message>
    <message>
        <source>Acknowledged writes</source>
        <translation>確認応答された書き込み</translation>
    </message>
    <message>
        <source>Failed writes</source>
        <translation>失敗した書き込み</translation>
    </message>
    <message>
        <source>Longest time without an acknowledged write</source>
        <translation>確認応答された書き込みがなかった最長時間</translation>
    </message>
    <message>
        <source>Client sessions alive</source>
        <translation>存続しているクライアントセッション</translation>
    </message>
    <message>
        <source>Writes per second:</source>
        <translation>1 秒あたりの書き込み数:</translation>
    </message>
    <message>
        <source>Acknowledged:</source>
        <translation>確認応答済み:</translation>
    </message>
    <message>
        <source>Failed:</source>
        <translation>失敗:</translation>
    </message>
    <message>
        <source>Longest gap:</source>
        <translation>最長の空白:</translation>
    </message>
    <message>
        <source>Sessions alive:</source>
        <translation>存続セッション:</translation>
    </message>
    <message>
        <source>The run&apos;s write probe writes to ZooKeeper all through the restarts, like the cluster&apos;s own clients do.</source>
        <translation>この実行の書き込みプローブは、クラスター自身のクライアントと同様に、再起動の間も ZooKeeper に書き込みを続けます。</translation>
    </message>
    <message>
        <source>The write probe has stopped; Verify checks that every write it had acknowledged is still there.</source>
        <translation>書き込みプローブは停止しました。検証で、確認応答されたすべての書き込みがまだ存在することを確認します。</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>LogPane</name>
    <message>
        <source>Find &amp;next</source>
        <translation>次を検索(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation>追従(&amp;F)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>コピー(&amp;Y)</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>保存(&amp;V)…</translation>
    </message>
    <message>
        <source>Show the log of</source>
        <translation>ログの表示対象</translation>
    </message>
    <message>
        <source>Show these log lines</source>
        <translation>表示するログ行</translation>
    </message>
    <message>
        <source>All lines</source>
        <translation>すべての行</translation>
    </message>
    <message>
        <source>Commands and output</source>
        <translation>コマンドと出力</translation>
    </message>
    <message>
        <source>Output only</source>
        <translation>出力のみ</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Find in the log</source>
        <translation>ログ内を検索</translation>
    </message>
    <message>
        <source>Find…</source>
        <translation>検索…</translation>
    </message>
    <message>
        <source>Find the next matching log line</source>
        <translation>一致する次のログ行を検索</translation>
    </message>
    <message>
        <source>Follow the newest log line</source>
        <translation>最新のログ行に追従</translation>
    </message>
    <message>
        <source>Copy the log lines shown</source>
        <translation>表示中のログ行をコピー</translation>
    </message>
    <message>
        <source>Save the log lines shown to a file</source>
        <translation>表示中のログ行をファイルに保存</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>実行ログ</translation>
    </message>
    <message>
        <source>&amp;Master:</source>
        <translation>マスター(&amp;M):</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>表示(&amp;H):</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Could not save to %1.</source>
        <translation>%1 に保存できませんでした。</translation>
    </message>
    <message>
        <source>All masters</source>
        <translation>すべてのマスター</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not in the lines shown.</source>
        <translation>&quot;%1&quot; は表示中の行にありません。</translation>
    </message>
    <message>
        <source>Copied the selected lines.</source>
        <translation>選択した行をコピーしました。</translation>
    </message>
    <message>
        <source>Copied the lines shown.</source>
        <translation>表示中の行をコピーしました。</translation>
    </message>
    <message>
        <source>Save the log</source>
        <translation>ログを保存</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>テキストファイル (*.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Without the masters&apos; journals</source>
        <translation>マスターのジャーナルを除く</translation>
    </message>
    <message>
        <source>Masters&apos; journals only</source>
        <translation>マスターのジャーナルのみ</translation>
    </message>
</context>
<context>
    <name>MasterCredentialsSpecReader</name>
    <message>
        <source>no answer from reading %1 on %2 within %3 s</source>
        <translation>%3 秒以内に %2 上の %1 の読み取りから応答がありません</translation>
    </message>
    <message>
        <source>config.yaml has no credentials for %1 and no master is connected to read them from %2</source>
        <translation>config.yaml に %1 の認証情報がなく、%2 から読み取るために接続されたマスターもありません</translation>
    </message>
    <message>
        <source>config.yaml has no credentials for %1 and the master&apos;s copy cannot be read: %2</source>
        <translation>config.yaml に %1 の認証情報がなく、マスターのコピーも読み取れません: %2</translation>
    </message>
    <message>
        <source>credentials from %1:%2</source>
        <translation>認証情報の読み取り元: %1:%2</translation>
    </message>
</context>
<context>
    <name>MasterDiscovery</name>
    <message>
        <source>agreed</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DISAGREE</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>no ID</source>
        <translation>ID なし</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>到達不能</translation>
    </message>
    <message>
        <source>%1 says %2</source>
        <translation>%1 では %2</translation>
    </message>
    <message>
        <source>%1 say %2</source>
        <translation>%1 では %2</translation>
    </message>
    <message>
        <source>%1: cannot connect: %2</source>
        <translation>%1: 接続できません: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the Exhibitor env file: %2</source>
        <translation>%1: Exhibitor の env ファイルを読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: the ID sources disagree: %2. Find out which ID this ZooKeeper server really has before migrating; the wizard never picks one.</source>
        <translation>%1: ID ソースが一致しません: %2。移行する前に、この ZooKeeper サーバーの実際の ID を確認してください。ウィザードが ID を選ぶことはありません。</translation>
    </message>
    <message>
        <source>%1: no source gave an ID (%2). Read it on the master (cat /var/lib/dcos/exhibitor/zookeeper/snapshot/myid) and supply the IDs by hand.</source>
        <translation>%1: ID を示したソースがありません (%2)。マスター上で ID を読み取り (cat /var/lib/dcos/exhibitor/zookeeper/snapshot/myid)、ID を手動で入力してください。</translation>
    </message>
</context>
<context>
    <name>MasterLink</name>
    <message>
        <source>host key %1 %2 accepted for this run, as the operator asked</source>
        <translation>オペレーターの指示により、この実行に限りホスト鍵 %1 %2 を受け入れました</translation>
    </message>
    <message>
        <source>The host key of %1 (%2 %3) is not in %4. Connect once in the wizard or with ssh and compare the key before migrating.</source>
        <translation>%1 のホスト鍵 (%2 %3) が %4 にありません。移行する前に、ウィザードまたは ssh で一度接続して鍵を照合してください。</translation>
    </message>
    <message>
        <source>not connected; connecting again</source>
        <translation>未接続です。再接続しています</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message numerus="yes">
        <source>read %1: %n byte(s)</source>
        <translation>
            <numerusform>%1 を読み取り: %n バイト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>atomic write of %1 (%n byte(s)): temp file beside it, fsync, same owner and mode, rename, checksum read back</source>
        <translation>
            <numerusform>%1 (%n バイト) のアトミック書き込み: 隣に一時ファイル、fsync、同じ所有者とモード、名前変更、チェックサムの読み戻し</numerusform>
        </translation>
    </message>
    <message>
        <source>wrote %1, sha256 %2 verified</source>
        <translation>%1 を書き込み、sha256 %2 を検証しました</translation>
    </message>
    <message>
        <source>%1, sha256 %2</source>
        <translation>%1、sha256 %2</translation>
    </message>
    <message>
        <source>test -e %1 failed with status %2</source>
        <translation>test -e %1 がステータス %2 で失敗しました</translation>
    </message>
</context>
<context>
    <name>MasterLockFiles</name>
    <message>
        <source>create %1 unless it exists (temp file, size and sha256 check, link)</source>
        <translation>%1 が存在しなければ作成 (一時ファイル、サイズと sha256 の確認、リンク)</translation>
    </message>
    <message>
        <source>take over the stale lock %1 (only while it holds sha256 %2)</source>
        <translation>古いロック %1 を引き継ぐ (sha256 %2 を保持している間のみ)</translation>
    </message>
    <message>
        <source>writing %1 failed with status %2: %3</source>
        <translation>%1 の書き込みがステータス %2 で失敗しました: %3</translation>
    </message>
    <message>
        <source>%1 read back with another checksum than the record written</source>
        <translation>%1 を読み戻したところ、書き込んだ記録とチェックサムが異なります</translation>
    </message>
    <message>
        <source>an unreadable record</source>
        <translation>読み取れない記録</translation>
    </message>
    <message>
        <source>its ZooKeeper session is open</source>
        <translation>その ZooKeeper セッションは開いています</translation>
    </message>
    <message>
        <source>its process is running</source>
        <translation>そのプロセスは実行中です</translation>
    </message>
    <message>
        <source>ZooKeeper does not answer, and only its session tells whether a run on another workstation is over</source>
        <translation>ZooKeeper が応答しません。別のワークステーションの実行が終わったかどうかは、そのセッションでしかわかりません</translation>
    </message>
    <message>
        <source>lock file on every master</source>
        <translation>すべてのマスターのロックファイル</translation>
    </message>
    <message>
        <source>%1 holds this run&apos;s record on %2</source>
        <translation>%2 の %1 はこの実行の記録を保持しています</translation>
    </message>
    <message>
        <source>%1 on %2 changed while this run looked at it: now %3</source>
        <translation>%2 の %1 はこの実行が確認している間に変わりました: 現在 %3</translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%2 の %1: %3</translation>
    </message>
    <message>
        <source>Could not take the run&apos;s lock file on every master: %1</source>
        <translation>すべてのマスターで実行のロックファイルを取得できませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (on %2; %3)</source>
        <translation>%1 (%2 上、%3)</translation>
    </message>
    <message>
        <source>%1 (on %2)</source>
        <translation>%1 (%2 上)</translation>
    </message>
    <message>
        <source>%1 on %2 is this run&apos;s own, left by its process %3, which ended: taken back</source>
        <translation>%2 の %1 はこの実行自身のもので、終了したプロセス %3 が残したものです: 取り戻しました</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>%1 が保持</translation>
    </message>
    <message>
        <source>Another run of this cluster holds the lock file %1: %2. Wait for it to end, or stop it there.</source>
        <translation>このクラスターの別の実行がロックファイル %1 を保持しています: %2。終了するまで待つか、そちらで停止してください。</translation>
    </message>
    <message>
        <source>stale: %1</source>
        <translation>古い: %1</translation>
    </message>
    <message>
        <source>The lock file %1 is left from %2, which looks over: its ZooKeeper session is gone and its process is not running. Take it over only if you are sure that run has ended.</source>
        <translation>ロックファイル %1 は %2 が残したもので、その実行は終わっているようです: ZooKeeper セッションはなく、プロセスも動いていません。その実行が終了したと確信できる場合にのみ引き継いでください。</translation>
    </message>
    <message>
        <source>taking over the stale lock file %1 of %2, as the operator chose</source>
        <translation>オペレーターの選択により、%2 の古いロックファイル %1 を引き継ぎます</translation>
    </message>
    <message>
        <source>%1 on %2 was not removed (no answer within the time): remove it by hand once no run of this cluster is going on (sudo rm %1)</source>
        <translation>%2 の %1 は削除されませんでした (時間内に応答なし): このクラスターの実行が行われていないときに手動で削除してください (sudo rm %1)</translation>
    </message>
    <message>
        <source>rm %1 (only while it holds this run&apos;s record)</source>
        <translation>rm %1 (この実行の記録を保持している間のみ)</translation>
    </message>
    <message>
        <source>%1 was already gone</source>
        <translation>%1 はすでにありませんでした</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 を削除しました</translation>
    </message>
    <message>
        <source>%1 now holds another run&apos;s record, left as it is: %2</source>
        <translation>%1 は現在別の実行の記録を保持しているため、そのままにしました: %2</translation>
    </message>
    <message>
        <source>%1 on %2 was not removed (%3): remove it by hand once no run of this cluster is going on (sudo rm %1)</source>
        <translation>%2 の %1 は削除されませんでした (%3): このクラスターの実行が行われていないときに手動で削除してください (sudo rm %1)</translation>
    </message>
</context>
<context>
    <name>MasterProbe</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>env file: %1</source>
        <translation>env ファイル: %1</translation>
    </message>
    <message>
        <source>env file: %1, EXHIBITOR_BACKEND=%2, sha256 %3</source>
        <translation>env ファイル: %1、EXHIBITOR_BACKEND=%2、sha256 %3</translation>
    </message>
    <message>
        <source>journalctl failed (exit status %1): %2</source>
        <translation>journalctl が失敗しました (終了ステータス %1): %2</translation>
    </message>
    <message>
        <source>no &apos;my id&apos; line (rotated?)</source>
        <translation>&apos;my id&apos; の行がありません (ローテート済み?)</translation>
    </message>
    <message>
        <source>%1 holds &quot;%2&quot;, not an ID</source>
        <translation>%1 の内容は &quot;%2&quot; で、ID ではありません</translation>
    </message>
    <message>
        <source>cannot check %1: %2</source>
        <translation>%1 を確認できません: %2</translation>
    </message>
    <message>
        <source>.orig: %1 does not exist</source>
        <translation>.orig: %1 は存在しません</translation>
    </message>
    <message>
        <source>.orig: %1 exists, sha256 %2</source>
        <translation>.orig: %1 が存在します、sha256 %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not whitelisted (4lw.commands.whitelist)</source>
        <translation>&apos;%1&apos; はホワイトリストにありません (4lw.commands.whitelist)</translation>
    </message>
    <message>
        <source>ZooKeeper at %1 is not serving requests</source>
        <translation>%1 の ZooKeeper はリクエストを処理していません</translation>
    </message>
    <message>
        <source>no answer from ZooKeeper at %1</source>
        <translation>%1 の ZooKeeper から応答がありません</translation>
    </message>
    <message>
        <source>no answer from ZooKeeper at %1: %2</source>
        <translation>%1 の ZooKeeper から応答がありません: %2</translation>
    </message>
    <message>
        <source>ZooKeeper at %1 unreachable: %2</source>
        <translation>%1 の ZooKeeper に到達できません: %2</translation>
    </message>
    <message>
        <source>srvr gave no mode</source>
        <translation>srvr がモードを返しませんでした</translation>
    </message>
    <message>
        <source>srvr: %1, zxid %2</source>
        <translation>srvr: %1、zxid %2</translation>
    </message>
    <message>
        <source>srvr: %1</source>
        <translation>srvr: %1</translation>
    </message>
    <message>
        <source>the reply has no serverId</source>
        <translation>応答に serverId がありません</translation>
    </message>
    <message>
        <source>Exhibitor does not know this server&apos;s ID (serverId %1)</source>
        <translation>Exhibitor はこのサーバーの ID を把握していません (serverId %1)</translation>
    </message>
    <message>
        <source>servers-spec &quot;%1&quot; in %2: %3</source>
        <translation>%2 の servers-spec &quot;%1&quot;: %3</translation>
    </message>
    <message>
        <source>%1 is not in the servers-spec &quot;%2&quot; (%3)</source>
        <translation>%1 は servers-spec &quot;%2&quot; にありません (%3)</translation>
    </message>
    <message>
        <source>the read ended early (exit status %1): %2</source>
        <translation>読み取りが途中で終了しました（終了ステータス %1）: %2</translation>
    </message>
    <message>
        <source>the read ended early (signal %1)</source>
        <translation>読み取りが途中で終了しました（シグナル %1）</translation>
    </message>
    <message>
        <source>cat %1; journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 &apos;my id = N&apos;; cat %3; sha256sum %4 (read-only, one framed output)</source>
        <translation>cat %1; journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 &apos;my id = N&apos;; cat %3; sha256sum %4 (読み取り専用、枠付きの 1 つの出力)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <translation>&quot;%1&quot;</translation>
    </message>
    <message>
        <source>in ZooKeeper&apos;s own entries (pid %1, since %2 UTC)</source>
        <translation>ZooKeeper 自身のエントリ内 (PID %1、%2 UTC 以降)</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s pid not looked for</source>
        <translation>ZooKeeper の PID は探していません</translation>
    </message>
    <message>
        <source>cannot read ZooKeeper&apos;s pid file %1</source>
        <translation>ZooKeeper の PID ファイル %1 を読み取れません</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s pid file %1 holds no pid</source>
        <translation>ZooKeeper の PID ファイル %1 に PID がありません</translation>
    </message>
    <message>
        <source>ZooKeeper&apos;s pid %1 (from %2) is not running</source>
        <translation>ZooKeeper の PID %1 (%2 から) は実行されていません</translation>
    </message>
    <message>
        <source>no &apos;my id&apos; line in the first %1 lines of ZooKeeper&apos;s own entries (pid %2, since %3 UTC)</source>
        <translation>ZooKeeper 自身のエントリの最初の %1 行に &apos;my id&apos; 行がありません (PID %2、%3 UTC 以降)</translation>
    </message>
    <message>
        <source>the search gave no way</source>
        <translation>検索は方法を示しませんでした</translation>
    </message>
    <message>
        <source>read back through the whole journal: %1</source>
        <translation>ジャーナル全体をさかのぼって読み取り: %1</translation>
    </message>
    <message>
        <source>cat %1; journalctl -u %2 --no-pager -q -o cat _PID=&lt;pid in %3&gt; --since &lt;its start&gt; | grep -i -m 1 &apos;my id = N&apos;, else journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 &apos;my id = N&apos;; cat %4; sha256sum %5 (read-only, one framed output)</source>
        <translation>cat %1; journalctl -u %2 --no-pager -q -o cat _PID=&lt;%3 の PID&gt; --since &lt;その起動時刻&gt; | grep -i -m 1 &apos;my id = N&apos;、なければ journalctl -u %2 --no-pager -q -o cat -r | grep -i -m 1 &apos;my id = N&apos;; cat %4; sha256sum %5 (読み取り専用、1 つの区切られた出力)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, %2</source>
        <translation>&quot;%1&quot;、%2</translation>
    </message>
</context>
<context>
    <name>MigrateCommand</name>
    <message>
        <source>Migrate to the static backend: preflight, backup, Phase A, Phase B, verify, new config.yaml.</source>
        <translation>static バックエンドへの移行: 事前チェック、バックアップ、フェーズ A、フェーズ B、検証、新しい config.yaml。</translation>
    </message>
    <message>
        <source>Go on from the journal after an interruption (crash, lost connection, a stop).</source>
        <translation>中断 (クラッシュ、接続断、停止) の後、ジャーナルから続行します。</translation>
    </message>
    <message>
        <source>Where the new config.yaml goes (default: &lt;config&gt;.static.yaml beside it).</source>
        <translation>新しい config.yaml の出力先 (既定: 隣に &lt;config&gt;.static.yaml)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write the new config.yaml over the original config file.</source>
        <translation>新しい config.yaml で元の設定ファイルを上書きします。</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate migrate --config FILE [--ids FILE] [--user U] [--port P] [--identity KEYFILE] [--password-stdin] [--sudo none|nopasswd|password] [--yes] [--pause-each] [--report DIR] [--resume] [--format text|json]</source>
        <translation>使い方: exhibitor-migrate migrate --config FILE [--ids FILE] [--user U] [--port P] [--identity KEYFILE] [--password-stdin] [--sudo none|nopasswd|password] [--yes] [--pause-each] [--report DIR] [--resume] [--format text|json]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Moves the cluster&apos;s Exhibitor to the static backend without taking ZooKeeper down. Nothing changes before the preflight checks pass; before each phase it asks on the terminal (unless --yes). Without --ids the current IDs are discovered on the masters. Progress goes to stderr; with --format json, one JSON event per line goes to stdout. If the run stops, &quot;migrate --resume&quot; goes on and &quot;rollback&quot; restores the original files. Ctrl+C, SIGTERM and SIGHUP stop the run after its current step (exit status 130) and print the command that goes on.</source>
        <translation>ZooKeeper を停止させずに、クラスターの Exhibitor を static バックエンドに移行します。事前チェックに合格するまでは何も変更されません。各フェーズの前に端末で確認を求めます (--yes を指定した場合を除く)。--ids を指定しない場合、現在の ID はマスター上で検出されます。進捗は stderr に出力されます。--format json を指定すると、1 行に 1 つの JSON イベントが stdout に出力されます。実行が停止した場合、&quot;migrate --resume&quot; で続行でき、&quot;rollback&quot; で元のファイルを復元できます。Ctrl+C、SIGTERM、SIGHUP を受けると、現在のステップの後で実行を停止し (終了ステータス 130)、続行するためのコマンドを表示します。</translation>
    </message>
</context>
<context>
    <name>MigrationCommandSupport</name>
    <message>
        <source>The cluster&apos;s DC/OS config.yaml (before the migration).</source>
        <translation>クラスターの DC/OS config.yaml (移行前のもの)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Current IDs: an ids file (&quot;&lt;ip&gt; &lt;id&gt;&quot; lines) or discover&apos;s JSON output.</source>
        <translation>現在の ID: ids ファイル (&quot;&lt;ip&gt; &lt;id&gt;&quot; の行) または discover の JSON 出力。</translation>
    </message>
    <message>
        <source>The run journal (default: one per cluster in the app&apos;s data directory).</source>
        <translation>実行ジャーナル (既定: アプリのデータディレクトリ内にクラスターごとに 1 つ)。</translation>
    </message>
    <message>
        <source>SSH user (default: ~/.ssh/config, else yours).</source>
        <translation>SSH ユーザー (既定: ~/.ssh/config、なければ自分のユーザー)。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>SSH port (default: ~/.ssh/config, else 22).</source>
        <translation>SSH ポート (既定: ~/.ssh/config、なければ 22)。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>Private key file to log in with.</source>
        <translation>ログインに使用する秘密鍵ファイル。</translation>
    </message>
    <message>
        <source>KEYFILE</source>
        <translation>KEYFILE</translation>
    </message>
    <message>
        <source>Log in with a password read from the first line of stdin.</source>
        <translation>stdin の 1 行目から読み取ったパスワードでログインします。</translation>
    </message>
    <message>
        <source>Read the sudo password from the next line of stdin (default: the login password).</source>
        <translation>stdin の次の行から sudo パスワードを読み取ります (既定: ログインパスワード)。</translation>
    </message>
    <message>
        <source>How to become root: none, nopasswd (default) or password.</source>
        <translation>root になる方法: none、nopasswd (既定) または password。</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>known_hosts file (default: ~/.ssh/config, else ~/.ssh/known_hosts).</source>
        <translation>known_hosts ファイル (既定: ~/.ssh/config、なければ ~/.ssh/known_hosts)。</translation>
    </message>
    <message>
        <source>Trust this host key for this run, after comparing it on the master. Repeat for each master.</source>
        <translation>マスター上で照合した後、この実行に限りこのホスト鍵を信頼します。マスターごとに指定してください。</translation>
    </message>
    <message>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <source>Where ZooKeeper listens as seen from each master (default: the master&apos;s own IP).</source>
        <translation>各マスターから見た ZooKeeper の待ち受け先 (既定: マスター自身の IP)。</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Leave this znode subtree out of the data check (a busy live service&apos;s own paths). Repeatable.</source>
        <translation>この znode サブツリーをデータチェックから除外します (稼働中の忙しいサービス自身のパス)。複数回指定できます。</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PATH</translation>
    </message>
    <message>
        <source>Write the report (report.json, report.html) into this directory.</source>
        <translation>レポート (report.json、report.html) をこのディレクトリに書き込みます。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Progress: text on stderr (default) or json events on stdout.</source>
        <translation>進捗: stderr へのテキスト (既定) または stdout への json イベント。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Do not ask before each phase.</source>
        <translation>各フェーズの前に確認しません。</translation>
    </message>
    <message>
        <source>Also ask before each master&apos;s restart.</source>
        <translation>各マスターの再起動の前にも確認します。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>exhibitor-migrate %1: %2</source>
        <translation>exhibitor-migrate %1: %2</translation>
    </message>
    <message>
        <source>Run &quot;exhibitor-migrate %1 --help&quot; for usage.</source>
        <translation>使い方は &quot;exhibitor-migrate %1 --help&quot; を実行してください。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation>不明な形式 &quot;%1&quot; です。text または json を使用してください。</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config FILE は必須です。</translation>
    </message>
    <message>
        <source>unknown sudo mode &quot;%1&quot;; use none, nopasswd or password.</source>
        <translation>不明な sudo モード &quot;%1&quot; です。none、nopasswd または password を使用してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number.</source>
        <translation>&quot;%1&quot; はポート番号ではありません。</translation>
    </message>
    <message>
        <source>%1: exhibitor_storage_backend is %2: give the config.yaml from before the migration.</source>
        <translation>%1: exhibitor_storage_backend が %2 です。移行前の config.yaml を指定してください。</translation>
    </message>
    <message>
        <source>--digest-exclude takes a znode path below / such as /dcos/jobs; &quot;%1&quot; is not one.</source>
        <translation>--digest-exclude には /dcos/jobs のような / 以下の znode パスを指定します。&quot;%1&quot; はその形式ではありません。</translation>
    </message>
    <message>
        <source>--password-stdin: no password on stdin.</source>
        <translation>--password-stdin: stdin にパスワードがありません。</translation>
    </message>
    <message>
        <source>--sudo-password-stdin: no sudo password on stdin.</source>
        <translation>--sudo-password-stdin: stdin に sudo パスワードがありません。</translation>
    </message>
    <message>
        <source>--sudo password needs --password-stdin or --sudo-password-stdin.</source>
        <translation>--sudo password には --password-stdin または --sudo-password-stdin が必要です。</translation>
    </message>
    <message>
        <source>There is no journal at %1: give the IDs the masters had before the migration with --ids FILE.</source>
        <translation>%1 にジャーナルがありません。移行前にマスターが持っていた ID を --ids FILE で指定してください。</translation>
    </message>
    <message>
        <source>Discovering the current IDs on every master...</source>
        <translation>すべてのマスターで現在の ID を検出しています...</translation>
    </message>
    <message>
        <source>%1: host key %2 %3 is not in %4; compare it on the master and pass --accept-host-key %3.</source>
        <translation>%1: ホスト鍵 %2 %3 が %4 にありません。マスター上で照合し、--accept-host-key %3 を指定してください。</translation>
    </message>
    <message>
        <source>The current IDs are not clear; run &quot;exhibitor-migrate discover&quot;, settle them, then pass --ids FILE.</source>
        <translation>現在の ID が確定していません。&quot;exhibitor-migrate discover&quot; を実行して ID を確定させてから、--ids FILE を指定してください。</translation>
    </message>
    <message>
        <source>Exit status: 0 done; 1 the run failed or was stopped (the journal and the report say where); 2 invalid input.</source>
        <translation>終了ステータス: 0 完了; 1 実行が失敗または停止 (場所はジャーナルとレポートに記載); 2 入力が無効。</translation>
    </message>
    <message>
        <source>Seconds a restarted master gets to settle before the run stops (10 to 1800, default 120).</source>
        <translation>再起動したマスターが安定するまでに与えられる秒数。これを超えると実行は停止します (10〜1800、既定 120)。</translation>
    </message>
    <message>
        <source>--accept-host-key takes the whole fingerprint as ssh-keygen -l prints it, &quot;SHA256:&quot; and 43 characters; &quot;%1&quot; is not one.</source>
        <translation>--accept-host-key には ssh-keygen -l が表示するとおりのフィンガープリント全体 (&quot;SHA256:&quot; と 43 文字) を指定します。&quot;%1&quot; はそうではありません。</translation>
    </message>
    <message>
        <source>--gate-timeout takes a number of seconds from %1 to %2; &quot;%3&quot; is not one.</source>
        <translation>--gate-timeout には %1 から %2 までの秒数を指定します。&quot;%3&quot; はそうではありません。</translation>
    </message>
    <message>
        <source>SSH password: </source>
        <translation>SSH パスワード: </translation>
    </message>
    <message>
        <source>sudo password: </source>
        <translation>sudo パスワード: </translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the sudo password (or asked something else); no other master was asked. Run again with the right password (--sudo-password-stdin).</source>
        <translation>%1 の sudo が sudo パスワードを受け付けませんでした (または別のことを尋ねました)。他のマスターには問い合わせていません。正しいパスワードでもう一度実行してください (--sudo-password-stdin)。</translation>
    </message>
    <message>
        <source>The rollback was interrupted; its journal records how far it got. To finish it, run:</source>
        <translation>ロールバックが中断されました。どこまで進んだかはジャーナルに記録されています。完了するには、次を実行してください:</translation>
    </message>
    <message>
        <source>The migration was interrupted; its journal records how far it got. To go on, run:</source>
        <translation>移行が中断されました。どこまで進んだかはジャーナルに記録されています。続行するには、次を実行してください:</translation>
    </message>
    <message>
        <source>or, to restore the original configuration:</source>
        <translation>または、元の設定を復元するには:</translation>
    </message>
    <message>
        <source>(exit status %1: interrupted by a signal)</source>
        <translation>(終了ステータス %1: シグナルにより中断)</translation>
    </message>
    <message>
        <source>To collect the masters&apos; env files, zoo.cfg, myid, journals and ZooKeeper answers (secrets redacted, known failures explained) for a support request, run:</source>
        <translation>サポート依頼のためにマスターの env ファイル、zoo.cfg、myid、ジャーナル、ZooKeeper の応答を収集するには (秘密情報はマスクされ、既知の障害には説明が付きます)、次を実行してください:</translation>
    </message>
    <message>
        <source>Take over a stale run lock file on the masters (its run&apos;s ZooKeeper session gone, its process not running). A live lock is never taken over.</source>
        <translation>マスター上の古い実行ロックファイル (その実行の ZooKeeper セッションがなく、プロセスも動いていないもの) を引き継ぎます。有効なロックは決して引き継ぎません。</translation>
    </message>
    <message>
        <source>There is no journal at %1: taking the run over from the cluster.</source>
        <translation>%1 にジャーナルがありません: クラスターから実行を引き継ぎます。</translation>
    </message>
    <message>
        <source>Not taken over: %1.</source>
        <translation>引き継ぎませんでした: %1。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>MigrationEngine</name>
    <message>
        <source>An earlier run on this cluster did not finish (%1, journal %2). Resume it or roll it back instead of starting a new one.</source>
        <translation>このクラスターでの以前の実行が完了していません (%1、ジャーナル %2)。新しい実行を開始する代わりに、再開するかロールバックしてください。</translation>
    </message>
    <message>
        <source>There is no journal to resume from at %1.</source>
        <translation>%1 に再開元のジャーナルがありません。</translation>
    </message>
    <message>
        <source>The journal %1 belongs to another plan (Phase A %2, Phase B %3); this plan has %4 and %5.</source>
        <translation>ジャーナル %1 は別の計画のものです (フェーズ A %2、フェーズ B %3)。この計画は %4 と %5 です。</translation>
    </message>
    <message>
        <source>The plan is not valid; fix its issues first.</source>
        <translation>計画が有効ではありません。先に問題点を修正してください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 run %2: %n operation(s), journal %3</source>
        <translation>
            <numerusform>%1 実行 %2: 操作 %n 件、ジャーナル %3</numerusform>
        </translation>
    </message>
    <message>
        <source>(not kept)</source>
        <translation>(保持されません)</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on %1 now (rollback)?</source>
        <translation>今すぐ %1 の dcos-exhibitor を再起動しますか (ロールバック)?</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on %1 now?</source>
        <translation>今すぐ %1 の dcos-exhibitor を再起動しますか?</translation>
    </message>
    <message>
        <source>Start &quot;%1&quot; (%2)? It changes the masters.</source>
        <translation>&quot;%1&quot; (%2) を開始しますか? マスターが変更されます。</translation>
    </message>
    <message>
        <source>Rollback complete: the original configuration runs again.</source>
        <translation>ロールバックが完了しました。元の設定で再び動作しています。</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Cancelled after the last completed step. Resume or roll back when ready.</source>
        <translation>最後に完了したステップの後でキャンセルしました。準備ができたら再開するかロールバックしてください。</translation>
    </message>
    <message>
        <source>done in an earlier run</source>
        <translation>以前の実行で完了済み</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: スキップ: %2</translation>
    </message>
    <message>
        <source>Stopped before &quot;%1&quot; at the operator&apos;s request.</source>
        <translation>オペレーターの要求により &quot;%1&quot; の前で停止しました。</translation>
    </message>
    <message>
        <source>cancel requested: the current step finishes, then the run stops</source>
        <translation>キャンセルが要求されました。現在のステップが終わった後、実行を停止します</translation>
    </message>
    <message>
        <source>— %1</source>
        <translation>— %1</translation>
    </message>
    <message>
        <source>paused after the last completed step</source>
        <translation>最後に完了したステップの後で一時停止中</translation>
    </message>
    <message>
        <source>Cancelled while paused, after the last completed step. Resume or roll back when ready.</source>
        <translation>一時停止中に、最後に完了したステップの後でキャンセルしました。準備ができたら再開するかロールバックしてください。</translation>
    </message>
    <message>
        <source>pause requested: the current step finishes, then the run waits</source>
        <translation>一時停止が要求されました。現在のステップが終わった後、実行は待機します</translation>
    </message>
    <message>
        <source>continuing</source>
        <translation>続行中</translation>
    </message>
    <message>
        <source>Interrupted after the last completed step. Resume or roll back when ready.</source>
        <translation>最後に完了したステップの後で中断しました。準備ができたら再開するかロールバックしてください。</translation>
    </message>
    <message>
        <source>Interrupted before &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; の前で中断しました。</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 を受信しました</translation>
    </message>
    <message>
        <source>stop deferred: %1 stopped for this phase&apos;s renumbering and must be started again first; the run stops once their restarts are done</source>
        <translation>停止を延期: %1 はこのフェーズの番号の付け直しのために停止しており、先に再度起動する必要があります。それらの再起動が完了した時点で実行を停止します</translation>
    </message>
    <message>
        <source>write probe not started: %1</source>
        <translation>書き込みプローブは開始されませんでした: %1</translation>
    </message>
</context>
<context>
    <name>MigrationJournal</name>
    <message>
        <source>not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>running, or interrupted (the app or the connection went away)</source>
        <translation>実行中、または中断 (アプリまたは接続が失われました)</translation>
    </message>
    <message>
        <source>stopped after a failure</source>
        <translation>失敗後に停止</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセルされました</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>rolling back, or a rollback was interrupted</source>
        <translation>ロールバック中、またはロールバックが中断されました</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>ロールバック済み</translation>
    </message>
    <message>
        <source>not a migration journal: %1</source>
        <translation>移行ジャーナルではありません: %1</translation>
    </message>
    <message>
        <source>journal format %1 is not supported</source>
        <translation>ジャーナル形式 %1 はサポートされていません</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>ジャーナル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the journal has no path</source>
        <translation>ジャーナルにパスがありません</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>ジャーナルを書き込めません: %1</translation>
    </message>
    <message>
        <source>interrupted by a signal after a completed step</source>
        <translation>完了したステップの後でシグナルにより中断</translation>
    </message>
    <message>
        <source>a run that is starting</source>
        <translation>開始中の実行</translation>
    </message>
    <message>
        <source>running now: %1</source>
        <translation>現在実行中: %1</translation>
    </message>
    <message>
        <source>rolling back now: %1</source>
        <translation>現在ロールバック中: %1</translation>
    </message>
    <message>
        <source>interrupted (the app or the connection went away while it ran)</source>
        <translation>中断 (実行中にアプリまたは接続が失われました)</translation>
    </message>
    <message>
        <source>a rollback was interrupted (the app or the connection went away)</source>
        <translation>ロールバックが中断されました (アプリまたは接続が失われました)</translation>
    </message>
</context>
<context>
    <name>MigrationPlan</name>
    <message>
        <source>Cannot write the config.yaml DC/OS needs after the migration: %1 Edit a copy by hand: set exhibitor_storage_backend: static and remove %2.</source>
        <translation>移行後に DC/OS が必要とする config.yaml を書き込めません: %1 コピーを手動で編集してください: exhibitor_storage_backend: static を設定し、%2 を削除します。</translation>
    </message>
    <message>
        <source>Phase B is skipped: the current IDs already are the ones DC/OS generates from master_list (sorted as strings, numbered from 1). Changing the file again would take the ensemble offline for nothing.</source>
        <translation>フェーズ B はスキップされます。現在の ID は、DC/OS が master_list から生成する ID (文字列として並べ替え、1 から番号付け) とすでに一致しています。ファイルを再度変更すると、無意味にアンサンブルがオフラインになります。</translation>
    </message>
    <message numerus="yes">
        <source>Phase B is needed: %n master(s) must change ID to the numbering DC/OS generates from master_list (sorted as strings, numbered from 1). Otherwise the next DC/OS upgrade or config change would give running servers new IDs all at once and break the ensemble.</source>
        <translation>
            <numerusform>フェーズ B が必要です。%n 台のマスターの ID を、DC/OS が master_list から生成する番号 (文字列として並べ替え、1 から番号付け) に変更する必要があります。そうしないと、次回の DC/OS のアップグレードまたは設定変更で、稼働中のサーバーに一斉に新しい ID が割り当てられ、アンサンブルが壊れます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on one master at a time, followers first and the leader last, waiting after each until it serves again and the ensemble has one leader.</source>
        <translation>dcos-exhibitor を 1 台ずつ再起動します。フォロワーを先に、リーダーを最後にし、各マスターがリクエストを再び処理し、アンサンブルのリーダーが 1 つになるまで待機します。</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on one master at a time, followers first and the leader last, waiting after each until it serves again and the ensemble has one leader; then do the same once more for Phase B. During Phase B the first restarted masters report &quot;ZooKeeperServer not running&quot; until a majority runs the new numbering: that is expected.</source>
        <translation>dcos-exhibitor を 1 台ずつ再起動します。フォロワーを先に、リーダーを最後にし、各マスターがリクエストを再び処理し、アンサンブルのリーダーが 1 つになるまで待機します。その後、フェーズ B でも同じことをもう一度行います。フェーズ B では、過半数が新しい番号付けで動作するまで、最初に再起動したマスターが &quot;ZooKeeperServer not running&quot; と報告しますが、これは想定どおりです。</translation>
    </message>
</context>
<context>
    <name>MigrationReport</name>
    <message>
        <source>started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>finished: %1 (%2 ms)</source>
        <translation>終了: %1 (%2 ms)</translation>
    </message>
    <message>
        <source>failed: %1 (%2 ms)</source>
        <translation>失敗: %1 (%2 ms)</translation>
    </message>
</context>
<context>
    <name>MigrationRunPrinter</name>
    <message>
        <source>[y/N]</source>
        <translation>[y/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>skipped: %1: %2</source>
        <translation>スキップ: %1: %2</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>レポート: %1</translation>
    </message>
    <message>
        <source>Write probe: %1 acknowledged, %2 failed, longest time without an acknowledged write %3 s; %4 of %5 of the run&apos;s sessions alive</source>
        <translation>書き込みプローブ: 確認応答 %1 件、失敗 %2 件、確認応答された書き込みがなかった最長時間 %3 秒。この実行のセッション %5 個中 %4 個が存続</translation>
    </message>
    <message>
        <source>%1: %2 writes, %3 failed, longest gap %4 s</source>
        <translation>%1: 書き込み %2 件、失敗 %3 件、最長の空白 %4 秒</translation>
    </message>
    <message>
        <source>%1 received: finishing the current step, then stopping. The journal records where the run stopped.</source>
        <translation>%1 を受信しました: 現在のステップを完了してから停止します。実行が停止した位置はジャーナルに記録されます。</translation>
    </message>
    <message>
        <source>%1 received again: still finishing the current step (a restart runs to the end of its settle gate, a write is never cut short). The run stops as soon as that is safe.</source>
        <translation>%1 を再度受信しました: 現在のステップをまだ完了中です (再起動は安定化ゲートの終わりまで実行され、書き込みが途中で打ち切られることはありません)。安全になり次第、実行を停止します。</translation>
    </message>
    <message>
        <source>The lock is stale: %1. If you are sure that run has ended, run the same command again with --take-over-stale-lock.</source>
        <translation>ロックは古くなっています: %1。その実行が終了したと確信できる場合は、同じコマンドを --take-over-stale-lock を付けて再実行してください。</translation>
    </message>
</context>
<context>
    <name>MigrationText</name>
    <message>
        <source>Preflight</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>State of the masters</source>
        <translation>マスターの状態</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Phase A: static backend, current IDs</source>
        <translation>フェーズ A: static バックエンド、現在の ID</translation>
    </message>
    <message>
        <source>Phase B: canonical IDs</source>
        <translation>フェーズ B: 正規 ID</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了処理</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>ロールバック</translation>
    </message>
</context>
<context>
    <name>MigrationWizard</name>
    <message>
        <source>Exhibitor Migration Wizard</source>
        <translation>Exhibitor 移行ウィザード</translation>
    </message>
    <message>
        <source>A phase is running</source>
        <translation>フェーズを実行中です</translation>
    </message>
    <message>
        <source>The wizard is changing the masters right now. Closing it stops the run after the current step (a restart always finishes its settle gate first); the journal then lets you resume or roll back when you start the wizard again.</source>
        <translation>ウィザードは現在マスターを変更しています。閉じると、現在のステップの後で実行が停止します (再起動は必ず安定化ゲートを完了してから停止します)。次にウィザードを起動したときに、ジャーナルから再開またはロールバックできます。</translation>
    </message>
    <message>
        <source>&amp;Keep running</source>
        <translation>実行を継続(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Stop after this step and close</source>
        <translation>このステップの後で停止して閉じる(&amp;S)</translation>
    </message>
</context>
<context>
    <name>OperationContext</name>
    <message>
        <source>cannot connect: %1</source>
        <translation>接続できません: %1</translation>
    </message>
    <message>
        <source>check skipped: %1: %2</source>
        <translation>チェックをスキップ: %1: %2</translation>
    </message>
    <message>
        <source>check passed: %1: %2</source>
        <translation>チェック合格: %1: %2</translation>
    </message>
    <message>
        <source>check FAILED: %1: %2</source>
        <translation>チェック失敗: %1: %2</translation>
    </message>
    <message>
        <source>the ensemble has no quorum: %1</source>
        <translation>アンサンブルにクォーラムがありません: %1</translation>
    </message>
    <message>
        <source>quorum is back after %1 ms</source>
        <translation>%1 ms 後にクォーラムが回復しました</translation>
    </message>
    <message>
        <source>check passed with a warning: %1: %2</source>
        <translation>チェックは警告付きで合格しました: %1: %2</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>Show what the migration will do, from config.yaml and the masters&apos; current IDs.</source>
        <translation>config.yaml とマスターの現在の ID から、移行で行われる内容を表示します。</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>このヘルプを表示します。</translation>
    </message>
    <message>
        <source>The cluster&apos;s DC/OS config.yaml (genconf/config.yaml).</source>
        <translation>クラスターの DC/OS config.yaml (genconf/config.yaml)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The masters&apos; current ZooKeeper IDs: one &quot;&lt;ip&gt; &lt;id&gt;&quot; per line; &apos;#&apos; starts a comment. Or the output of &quot;exhibitor-migrate discover --format json&quot; (its current_ids).</source>
        <translation>マスターの現在の ZooKeeper ID: 1 行に 1 つの &quot;&lt;ip&gt; &lt;id&gt;&quot;。&apos;#&apos; 以降はコメントです。または &quot;exhibitor-migrate discover --format json&quot; の出力 (その current_ids)。</translation>
    </message>
    <message>
        <source>A directory with one &lt;ip&gt;.log per master holding &quot;journalctl -u dcos-exhibitor&quot; output; each master&apos;s ID is the last &quot;my id = N&quot; in it.</source>
        <translation>マスターごとに &quot;journalctl -u dcos-exhibitor&quot; の出力を保持する &lt;ip&gt;.log を 1 つずつ含むディレクトリ。各マスターの ID はその中の最後の &quot;my id = N&quot; です。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>出力形式: text (既定) または json。</translation>
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
        <translation>使い方は &quot;exhibitor-migrate plan --help&quot; を実行してください。</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate plan --config FILE (--ids FILE | --journal-dir DIR) [--format text|json]</source>
        <translation>使い方: exhibitor-migrate plan --config FILE (--ids FILE | --journal-dir DIR) [--format text|json]</translation>
    </message>
    <message>
        <source>Shows what the migration will do, without touching any master: the masters as DC/OS sorts them with their current and canonical IDs, the Phase A and Phase B ensembles, whether Phase B is needed, and the config.yaml DC/OS needs afterwards.</source>
        <translation>どのマスターにも触れずに、移行で行われる内容を表示します: DC/OS による並び順のマスターとその現在の ID および正規 ID、フェーズ A とフェーズ B のアンサンブル、フェーズ B が必要かどうか、移行後に DC/OS が必要とする config.yaml。</translation>
    </message>
    <message>
        <source>Exit status: 0 the plan was printed; 2 a usage error, or an input that is unreadable or wrong (one line per problem on stderr: file:line: key or master: what to do); 1 an unexpected failure.</source>
        <translation>終了ステータス: 0 計画を表示; 2 使用法の誤り、または読み取れないか誤った入力 (問題ごとに 1 行を stderr に出力: file:line: キーまたはマスター: 対処方法); 1 予期しない失敗。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>--config FILE is required.</source>
        <translation>--config FILE は必須です。</translation>
    </message>
    <message>
        <source>give the current IDs with exactly one of --ids FILE and --journal-dir DIR.</source>
        <translation>現在の ID は --ids FILE と --journal-dir DIR のどちらか一方だけで指定してください。</translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;; use text or json.</source>
        <translation>不明な形式 &quot;%1&quot; です。text または json を使用してください。</translation>
    </message>
    <message>
        <source>Cluster &quot;%1&quot;, config %2, current IDs from %3</source>
        <translation>クラスター &quot;%1&quot;、設定 %2、現在の ID の取得元 %3</translation>
    </message>
    <message>
        <source>Masters as DC/OS sorts them (as strings):</source>
        <translation>DC/OS による並び順 (文字列として) のマスター:</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Current ID</source>
        <translation>現在の ID</translation>
    </message>
    <message>
        <source>Canonical ID</source>
        <translation>正規 ID</translation>
    </message>
    <message>
        <source>Changes?</source>
        <translation>変更あり?</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Phase A ensemble (current IDs):</source>
        <translation>フェーズ A のアンサンブル (現在の ID):</translation>
    </message>
    <message>
        <source>Phase B ensemble (DC/OS&apos;s IDs):</source>
        <translation>フェーズ B のアンサンブル (DC/OS の ID):</translation>
    </message>
    <message>
        <source>config.yaml after the migration (write it only once the migration is verified):</source>
        <translation>移行後の config.yaml (移行の検証が済んでから書き込んでください):</translation>
    </message>
</context>
<context>
    <name>PlanPreviewPanel</name>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Phase &amp;A ensemble (current IDs):</source>
        <translation>フェーズ A のアンサンブル (現在の ID)(&amp;A):</translation>
    </message>
    <message>
        <source>Phase A ensemble</source>
        <translation>フェーズ A のアンサンブル</translation>
    </message>
    <message>
        <source>Copy the Phase A ensemble</source>
        <translation>フェーズ A のアンサンブルをコピー</translation>
    </message>
    <message>
        <source>Phase B ensemble (&amp;canonical IDs):</source>
        <translation>フェーズ B のアンサンブル (正規 ID)(&amp;C):</translation>
    </message>
    <message>
        <source>Phase B ensemble</source>
        <translation>フェーズ B のアンサンブル</translation>
    </message>
    <message>
        <source>Copy the Phase B ensemble</source>
        <translation>フェーズ B のアンサンブルをコピー</translation>
    </message>
    <message>
        <source>Whether Phase B is needed</source>
        <translation>フェーズ B が必要かどうか</translation>
    </message>
    <message>
        <source>Restart order</source>
        <translation>再起動の順序</translation>
    </message>
    <message>
        <source>Changes to config.yaml</source>
        <translation>config.yaml の変更</translation>
    </message>
    <message>
        <source>Changes to the master&apos;s env file</source>
        <translation>マスターの env ファイルの変更</translation>
    </message>
    <message>
        <source>Master whose env file diff is shown</source>
        <translation>env ファイルの差分を表示するマスター</translation>
    </message>
    <message>
        <source>Phase whose env file is shown</source>
        <translation>env ファイルを表示するフェーズ</translation>
    </message>
    <message>
        <source>Phase A</source>
        <translation>フェーズ A</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>フェーズ B</translation>
    </message>
    <message>
        <source>&amp;Master:</source>
        <translation>マスター(&amp;M):</translation>
    </message>
    <message>
        <source>Af&amp;ter:</source>
        <translation>適用後(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Env files (per master)</source>
        <translation>env ファイル (マスターごと)(&amp;E)</translation>
    </message>
    <message>
        <source>config.&amp;yaml</source>
        <translation>config.yaml(&amp;Y)</translation>
    </message>
    <message>
        <source>Needs an agreed current ID for every master</source>
        <translation>すべてのマスターに一致した現在の ID が必要です</translation>
    </message>
    <message>
        <source>Whether Phase B is needed is known once every master has an agreed current ID.</source>
        <translation>フェーズ B が必要かどうかは、すべてのマスターの現在の ID が一致すると判明します。</translation>
    </message>
    <message>
        <source>No Phase B: the env files keep what Phase A writes.</source>
        <translation>フェーズ B なし: env ファイルはフェーズ A で書き込んだ内容のままです。</translation>
    </message>
    <message>
        <source>Known once discovery has read %1&apos;s env file and every master has an agreed ID.</source>
        <translation>検出で %1 の env ファイルが読み取られ、すべてのマスターの ID が一致すると判明します。</translation>
    </message>
    <message>
        <source>%1 (leader)</source>
        <translation>%1 (リーダー)</translation>
    </message>
    <message>
        <source>Restart order, followers first: Phase A %1</source>
        <translation>再起動の順序 (フォロワーが先): フェーズ A %1</translation>
    </message>
    <message>
        <source>; Phase B %1</source>
        <translation>; フェーズ B %1</translation>
    </message>
    <message>
        <source> (no leader seen: the run picks it when each restart is due).</source>
        <translation> (リーダーが見つかりません: 各再起動の時点で実行時に選択します)。</translation>
    </message>
    <message>
        <source> (the leader is left to Phase B, which restarts it anyway).</source>
        <translation> (リーダーはフェーズ B に任せます。フェーズ B でいずれにせよ再起動します)。</translation>
    </message>
    <message>
        <source>The ensemble and the file changes</source>
        <translation>アンサンブルとファイルの変更</translation>
    </message>
    <message>
        <source>Ensemble &amp;diagram</source>
        <translation>アンサンブル図(&amp;D)</translation>
    </message>
    <message>
        <source>Computing the plan for these IDs…</source>
        <translation>これらの ID の計画を計算中…</translation>
    </message>
</context>
<context>
    <name>PreflightChecks</name>
    <message>
        <source>sudo works</source>
        <translation>sudo が動作する</translation>
    </message>
    <message>
        <source>commands run as root</source>
        <translation>コマンドを root として実行</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>disk space on %1</source>
        <translation>%1 のディスク容量</translation>
    </message>
    <message>
        <source>df did not answer as expected: %1</source>
        <translation>df が想定どおりに応答しませんでした: %1</translation>
    </message>
    <message>
        <source>%1 KiB free, %2 KiB needed</source>
        <translation>空き %1 KiB、必要 %2 KiB</translation>
    </message>
    <message>
        <source>%1 readable</source>
        <translation>%1 を読み取り可能</translation>
    </message>
    <message>
        <source>%1 has a backend to migrate</source>
        <translation>%1 に移行対象のバックエンドがある</translation>
    </message>
    <message>
        <source>no EXHIBITOR_BACKEND line</source>
        <translation>EXHIBITOR_BACKEND の行がありません</translation>
    </message>
    <message>
        <source>EXHIBITOR_BACKEND=%1, sha256 %2</source>
        <translation>EXHIBITOR_BACKEND=%1、sha256 %2</translation>
    </message>
    <message>
        <source>already EXHIBITOR_BACKEND=STATIC: resume an interrupted run, or verify</source>
        <translation>すでに EXHIBITOR_BACKEND=STATIC です: 中断された実行を再開するか、検証してください</translation>
    </message>
    <message>
        <source>%1 state</source>
        <translation>%1 の状態</translation>
    </message>
    <message>
        <source>absent: the backup will create it</source>
        <translation>なし: バックアップで作成されます</translation>
    </message>
    <message>
        <source>present and identical to the current file</source>
        <translation>あり、現在のファイルと同一</translation>
    </message>
    <message>
        <source>present and different from the current file: it is an earlier run&apos;s backup of the original configuration. Compare the two files, restore or move the old backup away, then start again.</source>
        <translation>あり、現在のファイルと異なります: 以前の実行で取得した元の設定のバックアップです。2 つのファイルを比較し、古いバックアップを復元するか別の場所に移動してから、やり直してください。</translation>
    </message>
    <message>
        <source>Phase A</source>
        <translation>フェーズ A</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>フェーズ B</translation>
    </message>
    <message>
        <source>its address is in the ensemble it gets</source>
        <translation>アドレスが割り当て先のアンサンブルに含まれている</translation>
    </message>
    <message>
        <source>ID %1 in Phase A, %2 in Phase B</source>
        <translation>フェーズ A で ID %1、フェーズ B で %2</translation>
    </message>
    <message>
        <source>missing from the %1 ensemble: Exhibitor would refuse to start (&quot;ip-detect returned ... is not in the configured list of masters&quot;)</source>
        <translation>%1 のアンサンブルにありません: Exhibitor は起動を拒否します (&quot;ip-detect returned ... is not in the configured list of masters&quot;)</translation>
    </message>
    <message>
        <source>quorum healthy with exactly one leader</source>
        <translation>クォーラムが正常で、リーダーがちょうど 1 つ</translation>
    </message>
    <message>
        <source>%1 leader(s) %2; %3 of %4 serving: %5</source>
        <translation>リーダー %1 台 %2; %4 台中 %3 台が稼働中: %5</translation>
    </message>
    <message>
        <source>running ID is the planned current ID</source>
        <translation>実行中の ID が計画上の現在の ID と一致</translation>
    </message>
    <message>
        <source>conf says serverId %1, the plan %2</source>
        <translation>conf は serverId %1、計画は %2</translation>
    </message>
    <message>
        <source>myid says %1, the plan %2</source>
        <translation>myid は %1、計画は %2</translation>
    </message>
    <message>
        <source>neither conf nor the myid file answered</source>
        <translation>conf も myid ファイルも応答しませんでした</translation>
    </message>
    <message>
        <source>zxids converged</source>
        <translation>zxid が収束</translation>
    </message>
    <message>
        <source>no ZooKeeper session through SSH: %1</source>
        <translation>SSH 経由の ZooKeeper セッションがありません: %1</translation>
    </message>
    <message>
        <source>the test write failed: %1</source>
        <translation>テスト書き込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>every server applied the test write 0x%1 within %2 ms</source>
        <translation>すべてのサーバーが %2 ms 以内にテスト書き込み 0x%1 を適用しました</translation>
    </message>
    <message>
        <source>behind the test write 0x%1 after %2 ms: %3</source>
        <translation>%2 ms 後もテスト書き込み 0x%1 に追いついていません: %3</translation>
    </message>
    <message>
        <source>data snapshot taken</source>
        <translation>データのスナップショットを取得</translation>
    </message>
    <message>
        <source>canary znode written</source>
        <translation>カナリア znode を書き込み</translation>
    </message>
    <message>
        <source>canary session holds an ephemeral znode</source>
        <translation>カナリアセッションがエフェメラル znode を保持</translation>
    </message>
    <message>
        <source>ZooKeeper super credentials (%1) added to the run&apos;s session: subtrees with ACLs are read too</source>
        <translation>ZooKeeper のスーパー資格情報 (%1) を実行のセッションに追加しました。ACL 付きのサブツリーも読み取ります</translation>
    </message>
    <message>
        <source>ZooKeeper did not take the super credentials (%1): %2; the snapshot reads what the ACLs allow</source>
        <translation>ZooKeeper がスーパー資格情報を受け付けませんでした (%1): %2。スナップショットは ACL が許可する範囲を読み取ります</translation>
    </message>
    <message>
        <source>typed by the operator</source>
        <translation>オペレーターが入力</translation>
    </message>
    <message>
        <source>$ sudo cat %1 (not shown: a secret)</source>
        <translation>$ sudo cat %1 (表示しません: 秘密情報)</translation>
    </message>
    <message>
        <source>no ZooKeeper super credentials in %1 (open-source DC/OS has none): the snapshot reads what the ACLs allow</source>
        <translation>%1 に ZooKeeper のスーパー資格情報がありません (オープンソース版 DC/OS にはありません)。スナップショットは ACL が許可する範囲を読み取ります</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message numerus="yes">
        <source>%n znode(s) read after zxid 0x%1, digest %2</source>
        <translation>
            <numerusform>zxid 0x%1 の後に %n 個の znode を読み取りました。ダイジェスト %2</numerusform>
        </translation>
    </message>
    <message>
        <source>could not read (ACL, no permission): %1. Verify compares only what was read; with ZooKeeper&apos;s super credentials the whole tree is read.</source>
        <translation>読み取れませんでした (ACL、権限なし): %1。検証では読み取れたものだけを比較します。ZooKeeper のスーパー資格情報があればツリー全体を読み取ります。</translation>
    </message>
    <message>
        <source>no other run of this cluster is going on</source>
        <translation>このクラスターの他の実行は進行していません</translation>
    </message>
    <message>
        <source>cannot list %1: %2</source>
        <translation>%1 を一覧表示できません: %2</translation>
    </message>
    <message>
        <source>none under %1</source>
        <translation>%1 以下になし</translation>
    </message>
    <message>
        <source>run %1</source>
        <translation>実行 %1</translation>
    </message>
    <message>
        <source>Another run of this cluster is going on: %1. Wait for it to end, or stop it there.</source>
        <translation>このクラスターの別の実行が進行中です: %1。終了するまで待つか、そちらで停止してください。</translation>
    </message>
    <message>
        <source>ZooKeeper does not answer (%1): the lock files on the masters tell</source>
        <translation>ZooKeeper が応答しません (%1): マスター上のロックファイルで判断します</translation>
    </message>
    <message>
        <source>%1 was left by this run&apos;s earlier process (its session had not expired yet): removed</source>
        <translation>%1 はこの実行の以前のプロセスが残したものです (そのセッションはまだ期限切れではありませんでした): 削除しました</translation>
    </message>
    <message>
        <source>ZooKeeper does not answer (%1): no session node; the lock files on the masters name this run</source>
        <translation>ZooKeeper が応答しません (%1): セッション ノードなし。マスター上のロックファイルはこの実行を示しています</translation>
    </message>
</context>
<context>
    <name>PreflightOperation</name>
    <message>
        <source>Preflight checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Read-only checks on every master; then a snapshot of the ZooKeeper data and a canary znode under %1.</source>
        <translation>すべてのマスターで読み取り専用のチェックを行い、その後 ZooKeeper データのスナップショットを取得して %1 以下にカナリア znode を作成します。</translation>
    </message>
    <message>
        <source>SSH connection</source>
        <translation>SSH 接続</translation>
    </message>
    <message>
        <source>cannot connect (see the log)</source>
        <translation>接続できません (ログを参照)</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続済み</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>%1 に接続できません。</translation>
    </message>
    <message>
        <source>All preflight checks passed.</source>
        <translation>すべての事前チェックに合格しました。</translation>
    </message>
    <message>
        <source>Preflight failed; nothing was changed on any master.</source>
        <translation>事前チェックに失敗しました。どのマスターでも何も変更されていません。</translation>
    </message>
    <message>
        <source>Failed checks: %1.</source>
        <translation>失敗したチェック: %1。</translation>
    </message>
</context>
<context>
    <name>PreflightPage</name>
    <message>
        <source>Preflight</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Every master is checked before anything changes: SSH and sudo, disk space, the env file, the ensembles, quorum, and that every server applies a test write. Nothing is written to the masters&apos; configuration.</source>
        <translation>何かを変更する前に、すべてのマスターを確認します: SSH と sudo、ディスク容量、env ファイル、アンサンブル、クォーラム、すべてのサーバーがテスト書き込みを適用すること。マスターの設定には何も書き込みません。</translation>
    </message>
    <message>
        <source>Preflight checks</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>&amp;Checks:</source>
        <translation>チェック(&amp;C):</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>all masters</source>
        <translation>すべてのマスター</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The resumed run stopped.</source>
        <translation>再開した実行が停止しました。</translation>
    </message>
    <message>
        <source>Preflight stopped the migration.</source>
        <translation>事前チェックにより移行が停止しました。</translation>
    </message>
    <message>
        <source>The masters are inspected; the run goes on where it stopped.</source>
        <translation>マスターを調査しました。実行は停止した位置から続行します。</translation>
    </message>
    <message>
        <source>All checks passed. Next shows what the backup will do.</source>
        <translation>すべてのチェックに合格しました。[次へ] でバックアップの内容を表示します。</translation>
    </message>
    <message>
        <source>Inspecting where the earlier run stopped…</source>
        <translation>以前の実行が停止した位置を調査しています…</translation>
    </message>
    <message>
        <source>Checking every master…</source>
        <translation>すべてのマスターを確認しています…</translation>
    </message>
    <message>
        <source>passed with a warning</source>
        <translation>警告付きで合格</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the sudo password of %2. No sudo command is sent to any master until you enter it again.</source>
        <translation>%1 の sudo が %2 の sudo パスワードを受け付けませんでした。再入力するまで、どのマスターにも sudo コマンドは送られません。</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>%1 is a symbolic link; refusing to write through it. Remove the link or choose another directory.</source>
        <translation>%1 はシンボリックリンクです。リンク経由では書き込みません。リンクを削除するか、別のディレクトリを選択してください。</translation>
    </message>
    <message>
        <source>cannot create the directory %1: a file of that name is in the way</source>
        <translation>ディレクトリ %1 を作成できません: 同じ名前のファイルがあります</translation>
    </message>
    <message>
        <source>cannot make %1 private (0700): %2</source>
        <translation>%1 を非公開 (0700) にできません: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1: %2</source>
        <translation>ディレクトリ %1 を作成できません: %2</translation>
    </message>
    <message>
        <source>cannot create the directory %1</source>
        <translation>ディレクトリ %1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: not a file name</source>
        <translation>%1 を書き込めません: ファイル名ではありません</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; refusing to write through it. Remove the link or choose another name.</source>
        <translation>%1 はシンボリックリンクです。リンク経由では書き込みません。リンクを削除するか、別の名前を選択してください。</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 を書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>R&amp;oll back…</source>
        <translation>ロールバック(&amp;O)…</translation>
    </message>
    <message>
        <source>Roll back to the original configuration</source>
        <translation>元の設定にロールバック</translation>
    </message>
    <message>
        <source>Restores exhibitor.orig on every master, after a confirmation.</source>
        <translation>確認の後、すべてのマスターで exhibitor.orig を復元します。</translation>
    </message>
</context>
<context>
    <name>ReportExport</name>
    <message>
        <source>Cannot read the report %1: %2</source>
        <translation>レポート %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Exhibitor migration report</source>
        <translation>Exhibitor 移行レポート</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Exhibitor migration report %1</source>
        <translation>Exhibitor 移行レポート %1</translation>
    </message>
    <message>
        <source>Exhibitor migration report</source>
        <translation>Exhibitor 移行レポート</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>config.yaml</source>
        <translation>config.yaml</translation>
    </message>
    <message>
        <source>config.yaml for DC/OS afterwards</source>
        <translation>移行後の DC/OS 用 config.yaml</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Phase A ensemble</source>
        <translation>フェーズ A のアンサンブル</translation>
    </message>
    <message>
        <source>Phase B ensemble</source>
        <translation>フェーズ B のアンサンブル</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>フェーズ B</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Duration (ms)</source>
        <translation>所要時間 (ms)</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Quorum-loss windows</source>
        <translation>クォーラム喪失期間</translation>
    </message>
    <message>
        <source>The polls never saw the ensemble without quorum.</source>
        <translation>ポーリングでは、アンサンブルがクォーラムを失った状態は一度も観測されませんでした。</translation>
    </message>
    <message>
        <source>After the restart of</source>
        <translation>再起動の対象</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Env files</source>
        <translation>env ファイル</translation>
    </message>
    <message>
        <source>before sha256 %1, after sha256 %2, exhibitor.orig sha256 %3</source>
        <translation>変更前 sha256 %1、変更後 sha256 %2、exhibitor.orig sha256 %3</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Timeline per master</source>
        <translation>マスターごとのタイムライン</translation>
    </message>
    <message>
        <source>Commands and output</source>
        <translation>コマンドと出力</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>ストリーム</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>pass, warning</source>
        <translation>合格、警告</translation>
    </message>
    <message>
        <source>Data on a live cluster</source>
        <translation>稼働中のクラスターのデータ</translation>
    </message>
    <message>
        <source>Between the preflight snapshot (zxid 0x%1) and Verify, other clients kept writing: their changes are counted; a znode that went back in time or vanished without a change of its parent fails the check.</source>
        <translation>事前チェックのスナップショット (zxid 0x%1) から検証までの間も他のクライアントは書き込みを続けていました。それらの変更は集計されます。時間が巻き戻った znode、または親が変更されずに消えた znode があるとチェックは失敗します。</translation>
    </message>
    <message>
        <source>znodes in the snapshot</source>
        <translation>スナップショット内の znode</translation>
    </message>
    <message>
        <source>znodes at Verify</source>
        <translation>検証時の znode</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>added by other clients</source>
        <translation>他のクライアントが追加</translation>
    </message>
    <message>
        <source>changed by other clients</source>
        <translation>他のクライアントが変更</translation>
    </message>
    <message>
        <source>removed by other clients</source>
        <translation>他のクライアントが削除</translation>
    </message>
    <message>
        <source>went back in time or vanished</source>
        <translation>時間が巻き戻った、または消えた</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>not compared (no permission to read)</source>
        <translation>比較していません (読み取り権限なし)</translation>
    </message>
    <message>
        <source>Restarts, step by step</source>
        <translation>再起動の各ステップ</translation>
    </message>
    <message>
        <source>Milliseconds after the restart began; empty where the step was not reached. Exhibitor&apos;s REST: when it took the request to start ZooKeeper at once.</source>
        <translation>再起動開始からのミリ秒。到達しなかったステップは空欄です。Exhibitor の REST: ZooKeeper を即時起動する依頼を受け付けた時点です。</translation>
    </message>
    <message>
        <source>Began</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Unit stopped</source>
        <translation>ユニット停止</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST</source>
        <translation>Exhibitor の REST</translation>
    </message>
    <message>
        <source>ZooKeeper up</source>
        <translation>ZooKeeper 起動</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>サービス中</translation>
    </message>
    <message>
        <source>Caught up</source>
        <translation>追いついた</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>タイムライン</translation>
    </message>
</context>
<context>
    <name>RestartOperation</name>
    <message>
        <source>Restart %1 (%2 of the rolling restart)</source>
        <translation>%1 を再起動 (ローリング再起動の %2)</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on %1</source>
        <translation>%1 の dcos-exhibitor を再起動</translation>
    </message>
    <message>
        <source>Restart dcos-exhibitor on one master (expected: %1), then %2. The master is chosen when the restart is due: followers first, the leader last.</source>
        <translation>1 台のマスター (想定: %1) で dcos-exhibitor を再起動し、その後 %2。再起動するマスターは再起動の時点で選択されます。フォロワーが先、リーダーが最後です。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The leader (%1) is not restarted in Phase A: Phase B restarts it anyway, last, so the ensemble goes through one leader election fewer.</source>
        <translation>リーダー (%1) はフェーズ A では再起動しません。フェーズ B でいずれにせよ最後に再起動するため、アンサンブルのリーダー選出が 1 回少なくて済みます。</translation>
    </message>
    <message>
        <source>Rollback restarts it again once exhibitor.orig is back.</source>
        <translation>ロールバックでは、exhibitor.orig が戻った後に再度再起動します。</translation>
    </message>
    <message>
        <source>Phase B has begun; its restarts take over</source>
        <translation>フェーズ B が始まりました。以降の再起動はフェーズ B が引き継ぎます</translation>
    </message>
    <message>
        <source>no master is left to restart in this phase</source>
        <translation>このフェーズで再起動するマスターは残っていません</translation>
    </message>
    <message>
        <source>%1 is the leader: its restart is left to Phase B, which restarts it anyway, so the ensemble goes through one leader election fewer</source>
        <translation>%1 はリーダーです: 再起動はフェーズ B に任せます。フェーズ B でいずれにせよ再起動するため、アンサンブルのリーダー選出が 1 回少なくて済みます</translation>
    </message>
    <message>
        <source>restart order from here: %1 (leader now: %2)</source>
        <translation>ここからの再起動順序: %1 (現在のリーダー: %2)</translation>
    </message>
    <message>
        <source>stopped: the old numbering has lost its majority</source>
        <translation>停止: 古い番号付けが過半数を失いました</translation>
    </message>
    <message>
        <source>stopping its ZooKeeper until its own restart: the old numbering loses its majority now, and a server left on it would disturb the new ensemble&apos;s election</source>
        <translation>自身の再起動まで ZooKeeper を停止します: 古い番号付けは今過半数を失い、それに残ったサーバーは新しいアンサンブルの選出を妨げます</translation>
    </message>
    <message>
        <source>could not stop dcos-exhibitor (%1); the new ensemble&apos;s election may take longer</source>
        <translation>dcos-exhibitor を停止できませんでした (%1)。新しいアンサンブルの選出に時間がかかる場合があります</translation>
    </message>
    <message>
        <source>exit status %1</source>
        <translation>終了ステータス %1</translation>
    </message>
    <message>
        <source>restarting; then: %1</source>
        <translation>再起動中。次: %1</translation>
    </message>
    <message>
        <source>Just before, %1 stop (all of them before this restart begins): the old numbering loses its majority here, so their ZooKeeper waits, stopped, for their own restart instead of disturbing the new ensemble&apos;s election.</source>
        <translation>その直前に %1 を停止します（この再起動が始まる前にすべて）: 古い番号付けはここで過半数を失うため、それらの ZooKeeper は新しいアンサンブルの選出を妨げないよう、停止したまま自身の再起動を待ちます。</translation>
    </message>
    <message>
        <source>the other masters on the old numbering are stopped; restarting it on the new numbering now</source>
        <translation>古い番号付けの他のマスターは停止済みです。新しい番号付けで今再起動します</translation>
    </message>
    <message>
        <source>Once the new Exhibitor&apos;s REST answers it is asked to start ZooKeeper at once, not at its first check (check-ms, 30 s on DC/OS); where it cannot be asked the settle gate waits for that check, up to %1 s.</source>
        <translation>新しい Exhibitor の REST が応答したら、最初のチェック (check-ms、DC/OS では 30 秒) を待たずに ZooKeeper を即時起動するよう依頼します。依頼できない場合、安定化ゲートはそのチェックを最大 %1 秒待ちます。</translation>
    </message>
    <message>
        <source>ZooKeeper starts at Exhibitor&apos;s first check (check-ms, 30 s on DC/OS); the settle gate waits up to %1 s.</source>
        <translation>ZooKeeper は Exhibitor の最初のチェック時 (check-ms、DC/OS では 30 秒) に起動します。安定化ゲートは最大 %1 秒待ちます。</translation>
    </message>
    <message>
        <source>systemctl %1 on %2 failed: %3. The run stops here.</source>
        <translation>%2 での systemctl %1 が失敗しました: %3。実行はここで停止します。</translation>
    </message>
</context>
<context>
    <name>RestartPlanner</name>
    <message>
        <source>wait until it serves, the ensemble has one leader and a majority serving, and it has caught up with the leader</source>
        <translation>リクエストを処理し、アンサンブルのリーダーが 1 つで過半数が稼働し、リーダーに追いつくまで待機</translation>
    </message>
    <message>
        <source>expected: it does not serve until a majority runs the new numbering; wait until its ZooKeeper runs and the remaining masters still have one leader and a majority serving</source>
        <translation>想定どおり: 過半数が新しい番号付けで動作するまではリクエストを処理しません。ZooKeeper が動作し、残りのマスターのリーダーが 1 つで過半数が稼働し続けるまで待機</translation>
    </message>
    <message>
        <source>this restart gives the new numbering a majority: wait until the new ensemble has one leader and a majority serving</source>
        <translation>この再起動で新しい番号付けが過半数になります: 新しいアンサンブルのリーダーが 1 つで過半数が稼働するまで待機</translation>
    </message>
    <message>
        <source>expected: no side has a majority after this restart; the next restart follows at once</source>
        <translation>想定どおり: この再起動の後はどちらの側も過半数を持ちません。次の再起動がすぐに続きます</translation>
    </message>
</context>
<context>
    <name>RestartWatch</name>
    <message>
        <source>%1: %2 has been &apos;activating&apos; for %3 s: systemd restarts it every 5 s after a failed start (Restart=always), so a start that keeps failing never shows as &apos;failed&apos;. On DC/OS that is usually start_exhibitor.py refusing to start because this master&apos;s IP (ip-detect) is not in the static ensemble; journalctl -u %2 says why.</source>
        <translation>%1: %2 は %3 秒間 &apos;activating&apos; のままです。systemd は起動に失敗すると 5 秒ごとに再起動する (Restart=always) ため、失敗し続ける起動が &apos;failed&apos; と表示されることはありません。DC/OS では通常、このマスターの IP (ip-detect) が静的アンサンブルに含まれていないため、start_exhibitor.py が起動を拒否しています。理由は journalctl -u %2 で確認できます。</translation>
    </message>
    <message>
        <source>%1: ZooKeeper went down again after %2 s while %3 stayed active; Exhibitor starts it again at its next check. Bounce %4; the gate keeps waiting.</source>
        <translation>%1: %3 が active のまま、ZooKeeper が %2 秒後に再び停止しました。Exhibitor は次回のチェック時に ZooKeeper を再度起動します。%4 回目の再起動です。安定化ゲートは待機を続けます。</translation>
    </message>
    <message>
        <source>%1: Exhibitor restarted ZooKeeper after %2 s without serving: its monitor restarts a ZooKeeper that does not serve within 2·tickTime·max(initLimit, syncLimit) (40 s on DC/OS), which is expected while an ensemble forms. Bounce %3; the gate keeps waiting.</source>
        <translation>%1: Exhibitor が、リクエストを処理しないまま %2 秒経過した ZooKeeper を再起動しました。Exhibitor のモニターは、2·tickTime·max(initLimit, syncLimit) (DC/OS では 40 秒) 以内にリクエストを処理しない ZooKeeper を再起動します。これはアンサンブルの形成中は想定どおりです。%3 回目の再起動です。安定化ゲートは待機を続けます。</translation>
    </message>
    <message>
        <source>%1 kept failing to start (systemd &apos;activating&apos; in a loop)</source>
        <translation>%1 の起動が失敗し続けました (systemd &apos;activating&apos; のループ)</translation>
    </message>
    <message numerus="yes">
        <source>Exhibitor restarted ZooKeeper %n time(s) while it did not serve</source>
        <translation>
            <numerusform>リクエストを処理していない間に、Exhibitor が ZooKeeper を %n 回再起動しました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreOperation</name>
    <message>
        <source>Restore exhibitor.orig on every changed master</source>
        <translation>変更されたすべてのマスターで exhibitor.orig を復元</translation>
    </message>
    <message>
        <source>Where %1 differs from %2: write the backup back (atomic write, checksum verified).</source>
        <translation>%1 が %2 と異なる場合: バックアップを書き戻します (アトミック書き込み、チェックサム検証)。</translation>
    </message>
    <message>
        <source>no exhibitor.orig, and %1 is the original: nothing to restore</source>
        <translation>exhibitor.orig はありませんが、%1 は元のファイルです: 復元するものはありません</translation>
    </message>
    <message>
        <source>%1 has no %2 and its env file is not known to be the original: restore it by hand.</source>
        <translation>%1 には %2 がなく、その env ファイルが元のファイルかどうか不明です: 手動で復元してください。</translation>
    </message>
    <message>
        <source>%1 on %2 is not the backup this run made (sha256 %3, expected %4); nothing was restored.</source>
        <translation>%2 上の %1 はこの実行で作成したバックアップではありません (sha256 %3、想定 %4)。何も復元していません。</translation>
    </message>
    <message>
        <source>%1 already equals exhibitor.orig</source>
        <translation>%1 はすでに exhibitor.orig と同一です</translation>
    </message>
    <message>
        <source>read back sha256 %1, expected %2</source>
        <translation>読み戻した sha256 は %1、想定は %2</translation>
    </message>
    <message>
        <source>Restoring %1 on %2 failed: %3</source>
        <translation>%2 上での %1 の復元に失敗しました: %3</translation>
    </message>
    <message>
        <source>Every env file is the original again.</source>
        <translation>すべての env ファイルが元に戻りました。</translation>
    </message>
    <message>
        <source>atomic write of %1 with the content of %2 (or, where the backup recorded a symbolic link, that link again)</source>
        <translation>%1 を %2 の内容でアトミックに書き込みます (バックアップがシンボリックリンクを記録している場合は、そのリンクに戻します)</translation>
    </message>
    <message>
        <source>putting back the link recorded in %1.link failed (status %2): %3</source>
        <translation>%1.link に記録されたリンクを戻せませんでした (ステータス %2): %3</translation>
    </message>
    <message>
        <source>%1 is the link it was before the migration again</source>
        <translation>%1 は移行前のリンクに戻りました</translation>
    </message>
</context>
<context>
    <name>ResumePage</name>
    <message>
        <source>&amp;Resume the run</source>
        <translation>実行を再開(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Discard…</source>
        <translation>破棄(&amp;D)…</translation>
    </message>
    <message>
        <source>An unfinished run was found</source>
        <translation>未完了の実行が見つかりました</translation>
    </message>
    <message>
        <source>A migration or rollback did not finish. Resume it where it stopped, roll the cluster back to how it was, or put the run aside.</source>
        <translation>移行またはロールバックが完了していません。停止した位置から再開するか、クラスターを元の状態にロールバックするか、実行を保留にしてください。</translation>
    </message>
    <message>
        <source>The unfinished run</source>
        <translation>未完了の実行</translation>
    </message>
    <message>
        <source>Resume the unfinished run</source>
        <translation>未完了の実行を再開</translation>
    </message>
    <message>
        <source>Connects to the masters again and continues after the last step that finished.</source>
        <translation>マスターに再接続し、最後に完了したステップの後から続行します。</translation>
    </message>
    <message>
        <source>Roll the unfinished run back</source>
        <translation>未完了の実行をロールバック</translation>
    </message>
    <message>
        <source>Connects to the masters and restores every master&apos;s backed-up Exhibitor file.</source>
        <translation>マスターに接続し、各マスターでバックアップした Exhibitor ファイルを復元します。</translation>
    </message>
    <message>
        <source>Discard the unfinished run</source>
        <translation>未完了の実行を破棄</translation>
    </message>
    <message>
        <source>Keeps the journal, renamed, and starts a new migration. The cluster is left as it is.</source>
        <translation>ジャーナルは名前を変更して保持し、新しい移行を開始します。クラスターはそのままです。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 の %1</translation>
    </message>
    <message>
        <source>No unfinished run.</source>
        <translation>未完了の実行はありません。</translation>
    </message>
    <message>
        <source>Cluster: %1</source>
        <translation>クラスター: %1</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>マスター: %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状態: %1</translation>
    </message>
    <message>
        <source>Stopped at: %1</source>
        <translation>停止位置: %1</translation>
    </message>
    <message>
        <source>between two steps</source>
        <translation>2 つのステップの間</translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation>最終変更: %1</translation>
    </message>
    <message>
        <source>config.yaml: %1</source>
        <translation>config.yaml: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more unfinished run(s) will be shown after this one.</source>
        <translation>
            <numerusform>この後に、さらに %n 件の未完了の実行が表示されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the run&apos;s config.yaml %1: %2</source>
        <translation>実行の config.yaml %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>config.yaml changed</source>
        <translation>config.yaml が変更されています</translation>
    </message>
    <message>
        <source>%1 changed since the run started. The run&apos;s plan came from the old content; continue with the file as it is now?</source>
        <translation>%1 は実行の開始後に変更されています。実行の計画は古い内容から作成されました。現在のファイルのまま続行しますか?</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>続行(&amp;C)</translation>
    </message>
    <message>
        <source>The config.yaml changed since the run started.</source>
        <translation>config.yaml は実行の開始後に変更されています。</translation>
    </message>
    <message>
        <source>The run&apos;s config.yaml %1 cannot be used:
%2</source>
        <translation>実行の config.yaml %1 を使用できません:
%2</translation>
    </message>
    <message>
        <source>Discard the unfinished run?</source>
        <translation>未完了の実行を破棄しますか?</translation>
    </message>
    <message>
        <source>The cluster stays as the run left it; a new migration starts from what the masters run now. The journal is kept as %1.</source>
        <translation>クラスターは実行が残した状態のままになり、新しい移行はマスターが現在動作している状態から開始されます。ジャーナルは %1 として保持されます。</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>Cannot rename the journal %1: %2</source>
        <translation>ジャーナル %1 の名前を変更できません: %2</translation>
    </message>
    <message>
        <source>R&amp;oll back</source>
        <translation>ロールバック(&amp;O)</translation>
    </message>
    <message>
        <source>This run is going on now, from another window or the command line. Wait for it to end, then open the wizard again to resume or roll it back.</source>
        <translation>この実行は現在、別のウィンドウまたはコマンドラインから進行中です。終了するまで待ってから、ウィザードを再度開いて再開またはロールバックしてください。</translation>
    </message>
</context>
<context>
    <name>RollbackCommand</name>
    <message>
        <source>Restore exhibitor.orig on every changed master, restart safely, verify the original IDs.</source>
        <translation>変更されたすべてのマスターで exhibitor.orig を復元し、安全に再起動して、元の ID を検証します。</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate rollback --config FILE [--ids FILE] [SSH options] [--yes] [--pause-each] [--report DIR] [--format text|json]</source>
        <translation>使い方: exhibitor-migrate rollback --config FILE [--ids FILE] [SSH options] [--yes] [--pause-each] [--report DIR] [--format text|json]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>Puts every master back on its original env file (exhibitor.orig, byte for byte), restarts the masters the migration changed one at a time with the same settle gate, and verifies that the ensemble runs its original IDs again. The original IDs come from the run&apos;s journal; without one, give them with --ids. Ctrl+C, SIGTERM and SIGHUP stop it after its current step (exit status 130).</source>
        <translation>すべてのマスターを元の env ファイル (exhibitor.orig、バイト単位で同一) に戻し、移行で変更されたマスターを同じ安定化ゲートで 1 台ずつ再起動して、アンサンブルが再び元の ID で動作していることを検証します。元の ID は実行ジャーナルから取得します。ジャーナルがない場合は --ids で指定してください。Ctrl+C、SIGTERM、SIGHUP を受けると、現在のステップの後で停止します (終了ステータス 130)。</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <source>Another run is still active.</source>
        <translation>別の実行がまだ動作中です。</translation>
    </message>
    <message>
        <source>%1
The sudo password was not entered again: no further sudo command was sent to any master.</source>
        <translation>%1
sudo パスワードは再入力されませんでした: どのマスターにもそれ以上 sudo コマンドは送られていません。</translation>
    </message>
</context>
<context>
    <name>RunEstimate</name>
    <message>
        <source>about %1 s</source>
        <translation>約 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>約 %1 分</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), %1</source>
        <translation>
            <numerusform>再起動 %n 回、%1</numerusform>
        </translation>
    </message>
    <message>
        <source>No restarts: ZooKeeper keeps serving.</source>
        <translation>再起動なし: ZooKeeper はリクエストの処理を続けます。</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), one at a time, followers first; the leader is left to Phase B.</source>
        <translation>
            <numerusform>再起動 %n 回。1 台ずつ、フォロワーから順に再起動します。リーダーはフェーズ B に任せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), one at a time: %1. The leader %2 is left to Phase B.</source>
        <translation>
            <numerusform>再起動 %n 回。1 台ずつ: %1。リーダー %2 はフェーズ B に任せます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Up to %n restart(s), one at a time, in the safe order (expected: %1).</source>
        <translation>
            <numerusform>最大 %n 回の再起動を、安全な順序で 1 台ずつ行います (予想: %1)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), one at a time: %1.</source>
        <translation>
            <numerusform>再起動 %n 回。1 台ずつ: %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected duration: %1.</source>
        <translation>予想所要時間: %1。</translation>
    </message>
    <message>
        <source>Expected duration: %1 (each restart %2).</source>
        <translation>予想所要時間: %1 (再起動 1 回あたり %2)。</translation>
    </message>
    <message>
        <source>Quorum: unchanged.</source>
        <translation>クォーラム: 変化なし。</translation>
    </message>
    <message>
        <source>Quorum change: at the restart of %1 the new numbering gets its majority (%2); expected %3 without quorum.</source>
        <translation>クォーラムの切り替え: %1 の再起動時に新しい番号付けが過半数 (%2) に達します。クォーラムのない時間は %3 の見込みです。</translation>
    </message>
    <message>
        <source>%1 stay stopped meanwhile and join on the new numbering afterwards.</source>
        <translation>%1 はその間停止したままで、その後新しい番号付けで参加します。</translation>
    </message>
    <message>
        <source>Quorum: held throughout, except one leader election when the leader %1 restarts last (%2 without a leader).</source>
        <translation>クォーラム: 最後にリーダー %1 が再起動する際のリーダー選出 1 回 (リーダー不在 %2) を除き、常に維持されます。</translation>
    </message>
    <message>
        <source>Quorum: held throughout; one master at a time is down, the leader stays.</source>
        <translation>クォーラム: 常に維持されます。停止するのは一度に 1 台のマスターだけで、リーダーはそのままです。</translation>
    </message>
    <message>
        <source>Clients: no reconnects.</source>
        <translation>クライアント: 再接続なし。</translation>
    </message>
    <message>
        <source>Clients: every client of ZooKeeper (Mesos masters, Marathon, Metronome, DC/OS services) loses its connection during the quorum change and reconnects; sessions survive when the change is shorter than their timeout (Mesos and Marathon: 10 s). Clients connected to %1 also reconnect once when their master restarts.</source>
        <translation>クライアント: ZooKeeper のすべてのクライアント (Mesos マスター、Marathon、Metronome、DC/OS サービス) はクォーラムの切り替え中に接続を失い、再接続します。切り替えがセッションタイムアウト (Mesos と Marathon: 10 秒) より短ければ、セッションは維持されます。%1 に接続しているクライアントは、接続先のマスターが再起動するときにも 1 回再接続します。</translation>
    </message>
    <message>
        <source>Warning: the expected change is not shorter than 10 s; sessions may expire and those services restart their leader election.</source>
        <translation>警告: 予想される切り替えは 10 秒より短くありません。セッションが期限切れになり、それらのサービスがリーダー選出をやり直す可能性があります。</translation>
    </message>
    <message>
        <source>Clients: those connected to %1 reconnect to another master once, when it restarts; their sessions survive.</source>
        <translation>クライアント: %1 に接続しているクライアントは、そのマスターの再起動時に 1 回だけ別のマスターに再接続します。セッションは維持されます。</translation>
    </message>
    <message>
        <source>Requests in flight during the leader election fail and are retried.</source>
        <translation>リーダー選出中に処理中のリクエストは失敗し、再試行されます。</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n restart(s) measured in this run (each %1 until it served).</source>
        <translation>
            <numerusform>この実行で計測した %n 回の再起動に基づきます (それぞれリクエストを処理するまで %1)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Based on DC/OS&apos;s usual timing (the unit&apos;s stop, Exhibitor&apos;s start, ZooKeeper started at once through Exhibitor&apos;s REST); refined after the first restart.</source>
        <translation>DC/OS の通常のタイミング (ユニットの停止、Exhibitor の起動、Exhibitor の REST による ZooKeeper の即時起動) に基づきます。最初の再起動後に精度を上げます。</translation>
    </message>
    <message>
        <source>Based on DC/OS&apos;s usual timing, ZooKeeper starting at Exhibitor&apos;s first check (check-ms %1 s after it started); refined after the first restart.</source>
        <translation>DC/OS の通常のタイミングに基づき、ZooKeeper は Exhibitor の最初のチェック時 (起動から check-ms の %1 秒後) に起動するものとします。最初の再起動後に精度を上げます。</translation>
    </message>
    <message>
        <source>Based on how long preflight took: it reads the same masters and the same tree.</source>
        <translation>事前チェックの所要時間に基づきます。事前チェックは同じマスターと同じツリーを読み取ります。</translation>
    </message>
    <message>
        <source>Based on a typical cluster; preflight&apos;s own time was not measured.</source>
        <translation>一般的なクラスターに基づきます。事前チェック自体の所要時間は計測されませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>%n restart(s), %1, %2 without quorum</source>
        <translation>
            <numerusform>%n 回の再起動、%1、クォーラムなし %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RunLock</name>
    <message>
        <source>%1 on %2 (process %3) since %4</source>
        <translation>%2 上の %1 (プロセス %3)、%4 から</translation>
    </message>
    <message>
        <source>run %1 of %2 on %3 (process %4) since %5</source>
        <translation>%3 上の %2 による実行 %1 (プロセス %4)、%5 から</translation>
    </message>
    <message>
        <source>Cannot open the run lock %1: %2</source>
        <translation>実行ロック %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot lock the run lock %1: %2</source>
        <translation>実行ロック %1 をロックできません: %2</translation>
    </message>
    <message>
        <source>Another run of this cluster holds %1 (it is starting). Wait for it to end, or stop it.</source>
        <translation>このクラスターの別の実行が %1 を保持しています (開始中です)。終了するまで待つか、その実行を停止してください。</translation>
    </message>
    <message>
        <source>Another run of this cluster holds %1: %2. Wait for it to end, or stop it there.</source>
        <translation>このクラスターの別の実行が %1 を保持しています: %2。終了するまで待つか、そちらで停止してください。</translation>
    </message>
</context>
<context>
    <name>RunLogModel</name>
    <message>
        <source>info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>output</source>
        <translation>出力</translation>
    </message>
    <message>
        <source>error output</source>
        <translation>エラー出力</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>the run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>ジャーナル</translation>
    </message>
</context>
<context>
    <name>RunMastersModel</name>
    <message>
        <source>waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>restarting</source>
        <translation>再起動中</translation>
    </message>
    <message>
        <source>settling</source>
        <translation>安定化中</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>安定</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not polled yet</source>
        <translation>未ポーリング</translation>
    </message>
    <message>
        <source>not running</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>not serving</source>
        <translation>リクエスト未処理</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ZooKeeper</source>
        <translation>ZooKeeper</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>RunPhasePage</name>
    <message>
        <source>&amp;Pause</source>
        <translation>一時停止(&amp;P)</translation>
    </message>
    <message>
        <source>Cancel &amp;run</source>
        <translation>実行をキャンセル(&amp;R)</translation>
    </message>
    <message>
        <source>Rolling back</source>
        <translation>ロールバック中</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <source>Pause stops after the current step (never in the middle of a restart); Cancel run stops there for good, to resume or roll back later.</source>
        <translation>[一時停止] は現在のステップの後で停止します (再起動の途中では停止しません)。[実行をキャンセル] はそこで完全に停止し、後で再開またはロールバックできます。</translation>
    </message>
    <message>
        <source>Run progress</source>
        <translation>実行の進捗</translation>
    </message>
    <message>
        <source>Quorum</source>
        <translation>クォーラム</translation>
    </message>
    <message>
        <source>Each master&apos;s state</source>
        <translation>各マスターの状態</translation>
    </message>
    <message>
        <source>Pause or continue the run</source>
        <translation>実行を一時停止または続行</translation>
    </message>
    <message>
        <source>Cancel the run after the current step</source>
        <translation>現在のステップの後で実行をキャンセル</translation>
    </message>
    <message>
        <source>&amp;Masters:</source>
        <translation>マスター(&amp;M):</translation>
    </message>
    <message>
        <source>Quorum: not polled yet in this phase.</source>
        <translation>クォーラム: このフェーズではまだポーリングしていません。</translation>
    </message>
    <message>
        <source>Quorum: yes — leader %1, %2 of %3 serving.</source>
        <translation>クォーラム: あり — リーダー %1、%3 台中 %2 台が稼働中。</translation>
    </message>
    <message>
        <source>Quorum: NONE — %1 of %2 serving, %3.</source>
        <translation>クォーラム: なし — %2 台中 %1 台が稼働中、%3。</translation>
    </message>
    <message>
        <source>no single leader</source>
        <translation>単一のリーダーがいません</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>リーダー %1</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;O)</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>実行はキャンセルされました。</translation>
    </message>
    <message>
        <source>The run failed.</source>
        <translation>実行は失敗しました。</translation>
    </message>
    <message>
        <source>%1
The masters stay as they are now. Roll back to restore the original configuration, or resume later from the journal.</source>
        <translation>%1
マスターは現在の状態のままです。元の設定を復元するにはロールバックするか、後でジャーナルから再開してください。</translation>
    </message>
    <message>
        <source>%1 is done. Next shows what comes next.</source>
        <translation>%1 が完了しました。[次へ] で次の内容を表示します。</translation>
    </message>
    <message>
        <source>Paused after the last completed step. Continue when ready.</source>
        <translation>最後に完了したステップの後で一時停止しました。準備ができたら続行してください。</translation>
    </message>
    <message>
        <source>Pausing after the current step…</source>
        <translation>現在のステップの後で一時停止しています…</translation>
    </message>
    <message>
        <source>%1 is running…</source>
        <translation>%1 を実行中…</translation>
    </message>
    <message>
        <source>Ensemble now</source>
        <translation>現在のアンサンブル</translation>
    </message>
</context>
<context>
    <name>S3SpecReader</name>
    <message>
        <source>config.yaml does not say where the S3 backend keeps Exhibitor&apos;s shared config: %1 missing</source>
        <translation>config.yaml に S3 バックエンドが Exhibitor の共有設定を保存する場所がありません: %1 がありません</translation>
    </message>
    <message>
        <source>no AWS keys to read %1: config.yaml has no aws_access_key_id and aws_secret_access_key (with exhibitor_explicit_keys false the masters read the bucket with their instance role, which this workstation does not have). Add the keys of an IAM user that may read the object to config.yaml, or take the IDs from another source.</source>
        <translation>%1 を読み取る AWS キーがありません: config.yaml に aws_access_key_id と aws_secret_access_key がありません (exhibitor_explicit_keys が false の場合、マスターはインスタンス ロールでバケットを読み取りますが、このワークステーションにはそのロールがありません)。オブジェクトを読み取れる IAM ユーザーのキーを config.yaml に追加するか、ほかのソースから ID を取得してください。</translation>
    </message>
    <message>
        <source>the S3 endpoint %1 (%2) is not an http(s) URL</source>
        <translation>S3 エンドポイント %1 (%2) は http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>the S3 object %1 (%2)</source>
        <translation>S3 オブジェクト %1 (%2)</translation>
    </message>
    <message>
        <source>the S3 object %1 at %2 (%3)</source>
        <translation>%2 の S3 オブジェクト %1 (%3)</translation>
    </message>
    <message>
        <source>S3 refused the request for %1 (403 SignatureDoesNotMatch): aws_secret_access_key is not the secret of aws_access_key_id. Correct the keys in config.yaml.</source>
        <translation>S3 が %1 への要求を拒否しました (403 SignatureDoesNotMatch): aws_secret_access_key は aws_access_key_id のシークレットではありません。config.yaml のキーを修正してください。</translation>
    </message>
    <message>
        <source>S3 refused the request for %1 (403 InvalidAccessKeyId): aws_access_key_id is not a known key. Correct the keys in config.yaml.</source>
        <translation>S3 が %1 への要求を拒否しました (403 InvalidAccessKeyId): aws_access_key_id は既知のキーではありません。config.yaml のキーを修正してください。</translation>
    </message>
    <message>
        <source>S3 refused the request for %1 (403 RequestTimeTooSkewed): this workstation&apos;s clock is more than 15 minutes off. Set the clock right.</source>
        <translation>S3 が %1 への要求を拒否しました (403 RequestTimeTooSkewed): このワークステーションの時計が 15 分以上ずれています。時計を合わせてください。</translation>
    </message>
    <message>
        <source>S3 refused to read %1 (403 %2): the keys may not read objects in bucket %3, the object does not exist and they may not list the bucket, or the bucket&apos;s policy admits only the cluster&apos;s network. Check the keys, s3_prefix and the bucket policy.</source>
        <translation>S3 が %1 の読み取りを拒否しました (403 %2): キーにバケット %3 のオブジェクトを読み取る権限がない、オブジェクトが存在せずバケットを一覧表示する権限もない、またはバケット ポリシーがクラスターのネットワークしか許可していません。キー、s3_prefix、バケット ポリシーを確認してください。</translation>
    </message>
    <message>
        <source>S3 has no bucket %1 (404 NoSuchBucket). Check s3_bucket in config.yaml.</source>
        <translation>S3 にバケット %1 がありません (404 NoSuchBucket)。config.yaml の s3_bucket を確認してください。</translation>
    </message>
    <message>
        <source>S3 bucket %1 has no object %2 (404 %3): Exhibitor writes it at its first start. Check s3_prefix in config.yaml.</source>
        <translation>S3 バケット %1 にオブジェクト %2 がありません (404 %3): Exhibitor は初回起動時にこれを書き込みます。config.yaml の s3_prefix を確認してください。</translation>
    </message>
    <message>
        <source>S3 bucket %1 is not in region %2 (%3 %4). Correct aws_region in config.yaml.</source>
        <translation>S3 バケット %1 はリージョン %2 にありません (%3 %4)。config.yaml の aws_region を修正してください。</translation>
    </message>
    <message>
        <source>S3 bucket %1 is in region %2, not %3 (aws_region). Correct aws_region in config.yaml.</source>
        <translation>S3 バケット %1 はリージョン %3 (aws_region) ではなく %2 にあります。config.yaml の aws_region を修正してください。</translation>
    </message>
    <message>
        <source>S3 answered HTTP %1 %2 for %3</source>
        <translation>S3 は %3 に対して HTTP %1 %2 を返しました</translation>
    </message>
    <message>
        <source>cannot reach S3 for %1 at %2: %3. Check that this workstation reaches it (proxy, firewall, %4).</source>
        <translation>%1 のために %2 の S3 に到達できません: %3。このワークステーションから到達できるか確認してください (プロキシ、ファイアウォール、%4)。</translation>
    </message>
</context>
<context>
    <name>SecretCache</name>
    <message>
        <source>no system keychain</source>
        <translation>システムキーチェーンがありません</translation>
    </message>
    <message>
        <source>Not known yet: you will be asked for it.</source>
        <translation>まだ不明です: 後で入力を求められます。</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>システムキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>Kept in memory until the wizard closes, because it cannot be saved (%1).</source>
        <translation>保存できないため (%1)、ウィザードを閉じるまでメモリ上に保持します。</translation>
    </message>
    <message>
        <source>Kept in memory until the wizard closes; not saved in the system keychain.</source>
        <translation>ウィザードを閉じるまでメモリ上に保持します。システムキーチェーンには保存しません。</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is reachable: %1</source>
        <translation>アクセスできるシステムキーチェーンがありません: %1</translation>
    </message>
    <message>
        <source>The system keychain reported an error: %1</source>
        <translation>システムキーチェーンがエラーを報告しました: %1</translation>
    </message>
</context>
<context>
    <name>SequencedWriter</name>
    <message>
        <source>too many writes waiting for ZooKeeper</source>
        <translation>ZooKeeper への書き込み待ちが多すぎます</translation>
    </message>
</context>
<context>
    <name>SettleGate</name>
    <message>
        <source>%1 did not answer the poll</source>
        <translation>%1 がポーリングに応答しませんでした</translation>
    </message>
    <message>
        <source>unit on %1 is %2, not active</source>
        <translation>%1 のユニットは %2 で、active ではありません</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>no leader among %1</source>
        <translation>%1 の中にリーダーがいません</translation>
    </message>
    <message>
        <source>%1 leaders among %2 (%3)</source>
        <translation>%2 の中にリーダーが %1 台 (%3)</translation>
    </message>
    <message>
        <source>%1 of %2 serving, %3 needed</source>
        <translation>%2 台中 %1 台が稼働中、必要数 %3</translation>
    </message>
    <message>
        <source>%1 is not serving yet (%2)</source>
        <translation>%1 はまだリクエストを処理していません (%2)</translation>
    </message>
    <message>
        <source>the masters</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>ZooKeeper on %1 does not answer yet (%2)</source>
        <translation>%1 の ZooKeeper がまだ応答しません (%2)</translation>
    </message>
    <message>
        <source>the masters on the old numbering</source>
        <translation>古い番号付けのマスター</translation>
    </message>
    <message>
        <source>%1 runs ID %2, not %3 (the new file is not in effect)</source>
        <translation>%1 は ID %3 ではなく %2 で動作しています (新しいファイルが反映されていません)</translation>
    </message>
    <message>
        <source>%1 does not tell its ID yet (conf)</source>
        <translation>%1 はまだ ID を返しません (conf)</translation>
    </message>
    <message>
        <source>%1 is at zxid %2, has not yet applied the test write %3</source>
        <translation>%1 は zxid %2 で、まだテスト書き込み %3 を適用していません</translation>
    </message>
    <message>
        <source>%1 is at zxid %2, the leader at %3</source>
        <translation>%1 は zxid %2、リーダーは %3</translation>
    </message>
</context>
<context>
    <name>SharedFsSpecReader</name>
    <message>
        <source>no answer from reading %1 on %2 within %3 s (a hanging shared filesystem?)</source>
        <translation>%3 秒以内に %2 上の %1 の読み取りから応答がありません (共有ファイルシステムが応答していない?)</translation>
    </message>
    <message>
        <source>no master is connected to read %1 through</source>
        <translation>%1 を読み取るために経由できる接続済みマスターがありません</translation>
    </message>
    <message>
        <source>backend: reading %1 (shared filesystem) on this master</source>
        <translation>バックエンド: このマスターで %1 (共有ファイルシステム) を読み取り中</translation>
    </message>
    <message>
        <source>cannot read %1 on %2: %3</source>
        <translation>%2 上の %1 を読み取れません: %3</translation>
    </message>
    <message>
        <source>%1 has no %2</source>
        <translation>%1 に %2 がありません</translation>
    </message>
</context>
<context>
    <name>SpecReader</name>
    <message>
        <source>backend: servers-spec %1</source>
        <translation>バックエンド: servers-spec %1</translation>
    </message>
    <message>
        <source>backend: %1</source>
        <translation>バックエンド: %1</translation>
    </message>
</context>
<context>
    <name>SshSession</name>
    <message>
        <source>cp -p %1 %2 (unless a different backup exists)</source>
        <translation>cp -p %1 %2 (異なるバックアップが存在しない場合)</translation>
    </message>
    <message>
        <source>(exit status %1)</source>
        <translation>(終了ステータス %1)</translation>
    </message>
    <message>
        <source>write %1 atomically (temp file, fsync, size and sha256 check, owner and mode, rename, read back)</source>
        <translation>%1 をアトミックに書き込みます (一時ファイル、fsync、サイズと sha256 の確認、所有者とモード、名前変更、読み戻し)</translation>
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
        <translation>%1 の SSH 設定を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Connecting to %1</source>
        <translation>%1 に接続中</translation>
    </message>
    <message>
        <source>Connecting to %1 through &quot;%2&quot;</source>
        <translation>&quot;%2&quot; を経由して %1 に接続中</translation>
    </message>
    <message numerus="yes">
        <source>Could not reach %1 within %n second(s). Check the address, the SSH port and any bastion (ProxyJump/ProxyCommand) in the SSH configuration.</source>
        <translation>
            <numerusform>%n 秒以内に %1 に到達できませんでした。アドレス、SSH ポート、および SSH 設定の踏み台 (ProxyJump/ProxyCommand) を確認してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not connect to %1: %2</source>
        <translation>%1 に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 did not present a host key: %2</source>
        <translation>%1 がホスト鍵を提示しませんでした: %2</translation>
    </message>
    <message>
        <source>%1 presents an unknown %2 host key %3: waiting for the operator&apos;s decision</source>
        <translation>%1 が不明な %2 ホスト鍵 %3 を提示しています: オペレーターの判断を待っています</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1、%2 行目</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED: it now presents the %2 key %3, which does not match the key recorded in %4. Either the master was reinstalled, or someone is intercepting the connection. Nothing was sent to the master. Confirm the new fingerprint with the master&apos;s administrator; if it is right, remove the old entry with: ssh-keygen -R &apos;%5&apos; -f &apos;%6&apos;, then connect again.</source>
        <translation>%1 のホスト鍵が変更されています: 現在 %2 鍵 %3 を提示しており、%4 に記録された鍵と一致しません。マスターが再インストールされたか、何者かが接続を傍受しています。マスターには何も送信していません。新しいフィンガープリントをマスターの管理者に確認し、正しければ ssh-keygen -R &apos;%5&apos; -f &apos;%6&apos; で古いエントリを削除してから再接続してください。</translation>
    </message>
    <message>
        <source>Could not check the host key of %1 against %2: %3</source>
        <translation>%1 のホスト鍵を %2 と照合できませんでした: %3</translation>
    </message>
    <message>
        <source>The host key %1 of %2 was rejected; not connected.</source>
        <translation>%2 のホスト鍵 %1 が拒否されました。接続していません。</translation>
    </message>
    <message>
        <source>Could not add the host key of %1 to %2: %3</source>
        <translation>%1 のホスト鍵を %2 に追加できませんでした: %3</translation>
    </message>
    <message>
        <source>Added the host key %1 of %2 to %3</source>
        <translation>%2 のホスト鍵 %1 を %3 に追加しました</translation>
    </message>
    <message>
        <source>Accepted the host key %1 of %2 for this connection only</source>
        <translation>%2 のホスト鍵 %1 をこの接続に限り受け入れました</translation>
    </message>
    <message>
        <source>the keys in the SSH agent</source>
        <translation>SSH エージェントの鍵</translation>
    </message>
    <message>
        <source>the key %1</source>
        <translation>鍵 %1</translation>
    </message>
    <message>
        <source>the password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>the SSH agent and the configured keys</source>
        <translation>SSH エージェントと設定済みの鍵</translation>
    </message>
    <message>
        <source>Could not read the private key %1 for %2: wrong passphrase, or not a private key file.</source>
        <translation>%2 用の秘密鍵 %1 を読み取れませんでした: パスフレーズが間違っているか、秘密鍵ファイルではありません。</translation>
    </message>
    <message>
        <source>%1 accepted %2 for user %3 but asks for a further authentication step, which this wizard does not support.</source>
        <translation>%1 はユーザー %3 の %2 を受け入れましたが、追加の認証ステップを要求しています。このウィザードはそれに対応していません。</translation>
    </message>
    <message>
        <source>%1 rejected the password for user %2.</source>
        <translation>%1 がユーザー %2 のパスワードを拒否しました。</translation>
    </message>
    <message>
        <source>%1 rejected the login of user %2 with %3.</source>
        <translation>%1 が %3 によるユーザー %2 のログインを拒否しました。</translation>
    </message>
    <message>
        <source>%1 closed the connection while its host key was being checked (servers allow only a limited time to log in). Connect again.</source>
        <translation>ホスト鍵の確認中に %1 が接続を閉じました (サーバーはログインまでの時間を制限しています)。再接続してください。</translation>
    </message>
    <message>
        <source>Logging in to %1 as %2 failed: %3</source>
        <translation>%2 として %1 へのログインに失敗しました: %3</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>%2 として %1 に接続しました</translation>
    </message>
    <message>
        <source>Disconnected from %1.</source>
        <translation>%1 から切断しました。</translation>
    </message>
    <message>
        <source>Not connected to %1.</source>
        <translation>%1 に接続していません。</translation>
    </message>
    <message>
        <source>Could not open a local port for %1:%2 on %3: %4</source>
        <translation>%3 上の %1:%2 用のローカルポートを開けませんでした: %4</translation>
    </message>
    <message>
        <source>Forwarding 127.0.0.1:%1 to %2:%3 as seen from %4</source>
        <translation>127.0.0.1:%1 を %4 から見た %2:%3 に転送しています</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Lost the connection to %1: %2</source>
        <translation>%1 との接続が切断されました: %2</translation>
    </message>
    <message>
        <source>%1 asks &quot;%2&quot; at login (keyboard-interactive), which is not the password; it was not answered. Log in with a key, or through a bastion that handles this step.</source>
        <translation>%1 がログイン時に &quot;%2&quot; を尋ねています (keyboard-interactive)。これはパスワードではないため応答しませんでした。鍵でログインするか、この手順を処理する踏み台ホスト経由でログインしてください。</translation>
    </message>
</context>
<context>
    <name>StaleLockButton</name>
    <message>
        <source>&amp;Take over the stale lock…</source>
        <translation>古いロックを引き継ぐ(&amp;T)…</translation>
    </message>
    <message>
        <source>Asks before taking over the lock a run that looks over left on the masters</source>
        <translation>終了したと思われる実行がマスター上に残したロックを引き継ぐ前に確認します</translation>
    </message>
    <message>
        <source>Take over the stale lock</source>
        <translation>古いロックを引き継ぐ</translation>
    </message>
    <message>
        <source>The masters&apos; lock file names %1.

Its ZooKeeper session is gone and its process is not running, so that run looks over. Take the lock over only if you are sure: two runs at once would restart different masters at the same time.</source>
        <translation>マスターのロックファイルには %1 が記録されています。

その ZooKeeper セッションはなく、プロセスも動いていないため、その実行は終わっているようです。確信がある場合にのみロックを引き継いでください: 2 つの実行が同時に動くと、異なるマスターが同時に再起動されます。</translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation>引き継ぐ(&amp;T)</translation>
    </message>
</context>
<context>
    <name>StaticConfigYaml</name>
    <message>
        <source>The file is not a YAML mapping that yaml-cpp can read.</source>
        <translation>このファイルは yaml-cpp が読み取れる YAML マッピングではありません。</translation>
    </message>
    <message>
        <source>Rewriting it did not give valid YAML.</source>
        <translation>書き換えた結果が有効な YAML になりませんでした。</translation>
    </message>
    <message>
        <source>Rewriting it did not set %1 to static.</source>
        <translation>書き換えても %1 が static に設定されませんでした。</translation>
    </message>
    <message>
        <source>Rewriting it did not remove %1.</source>
        <translation>書き換えても %1 が削除されませんでした。</translation>
    </message>
    <message>
        <source>Rewriting it changed %1, which must stay as it is.</source>
        <translation>書き換えによって、変更してはならない %1 が変更されました。</translation>
    </message>
    <message>
        <source>Rewriting it added keys.</source>
        <translation>書き換えによってキーが追加されました。</translation>
    </message>
</context>
<context>
    <name>StatusCommand</name>
    <message>
        <source>Show each master&apos;s state and where the last run stopped.</source>
        <translation>各マスターの状態と、前回の実行が停止した位置を表示します。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>No run journal (%1): no migration was started from here.</source>
        <translation>実行ジャーナルがありません (%1): ここから開始された移行はありません。</translation>
    </message>
    <message>
        <source>Journal %1: run %2, %3.</source>
        <translation>ジャーナル %1: 実行 %2、%3。</translation>
    </message>
    <message>
        <source>Stopped at: %1 %2 (%3).</source>
        <translation>停止位置: %1 %2 (%3)。</translation>
    </message>
    <message>
        <source>Say where the run stands from what the masters show, even with a journal here (as without one).</source>
        <translation>ここにジャーナルがあっても (ない場合と同様に)、マスターが示す内容から実行の状況を示します。</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate status --config FILE [SSH options] [--from-cluster] [--format text|json]</source>
        <translation>使い方: exhibitor-migrate status --config FILE [SSH オプション] [--from-cluster] [--format text|json]</translation>
    </message>
    <message>
        <source>Reads, without changing anything, each master&apos;s env file (backend and ensemble), exhibitor.orig, the numbering its ZooKeeper runs and its mode, and says where the journal&apos;s last run stopped. Without a journal here (or with --from-cluster) it says where the run stands from the masters alone: each master&apos;s step and the run&apos;s.</source>
        <translation>何も変更せずに、各マスターの env ファイル (バックエンドとアンサンブル)、exhibitor.orig、ZooKeeper が動作している番号付けとモードを読み取り、ジャーナルの最後の実行がどこで止まったかを示します。ここにジャーナルがない場合 (または --from-cluster 指定時) は、マスターだけから実行の状況 (各マスターのステップと実行全体のステップ) を示します。</translation>
    </message>
</context>
<context>
    <name>StepListModel</name>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Discover</source>
        <translation>検出</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Phase A</source>
        <translation>フェーズ A</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>フェーズ B</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Roll back</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>to do</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>current</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>a resume or a rollback uses the IDs its journal recorded</source>
        <translation>再開やロールバックでは、ジャーナルに記録された ID を使用します</translation>
    </message>
    <message>
        <source>the run stopped here; the journal keeps where, for a resume or a rollback</source>
        <translation>実行はここで停止しました。再開やロールバックのために、停止位置はジャーナルに記録されています</translation>
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
        <translation>移行のステップ</translation>
    </message>
    <message>
        <source>Each step of the migration and whether it is done, current, skipped, stopped, failed or still to do.</source>
        <translation>移行の各ステップと、その状態 (完了、現在、スキップ、停止、失敗、未実行)。</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
</context>
<context>
    <name>StepModeBar</name>
    <message>
        <source>Pause before each master&apos;s restart (s&amp;tep mode)</source>
        <translation>各マスターの再起動前に一時停止 (ステップモード)(&amp;T)</translation>
    </message>
    <message>
        <source>Continue: restart &amp;it</source>
        <translation>続行: 再起動する(&amp;I)</translation>
    </message>
    <message>
        <source>Pause before each master&apos;s restart</source>
        <translation>各マスターの再起動前に一時停止</translation>
    </message>
    <message>
        <source>The run waits before every restart and shows which master is next, until you continue. For demonstrations and cautious first migrations.</source>
        <translation>実行は再起動のたびに待機し、続行するまで次のマスターを表示します。デモンストレーションや慎重に行う最初の移行向けです。</translation>
    </message>
    <message>
        <source>Continue with the next master&apos;s restart</source>
        <translation>次のマスターの再起動に進む</translation>
    </message>
    <message>
        <source>Step mode: the run waits. Next: restart dcos-exhibitor on %1.</source>
        <translation>ステップモード: 実行は待機中です。次: %1 の dcos-exhibitor を再起動します。</translation>
    </message>
</context>
<context>
    <name>SudoPasswordDialog</name>
    <message>
        <source>&amp;Try again</source>
        <translation>再試行(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Stop the run</source>
        <translation>実行を停止(&amp;S)</translation>
    </message>
    <message>
        <source>sudo password for %1</source>
        <translation>%1 の sudo パスワード</translation>
    </message>
    <message>
        <source>sudo password refused on %1</source>
        <translation>%1 で sudo パスワードが拒否されました</translation>
    </message>
    <message>
        <source>sudo on %1 did not accept the sudo password of %2.
No sudo command is sent to any master until you answer: each wrong password counts as a failed login there, and masters lock the account after a few.
The password you enter is tried on one master first, then used on all of them.</source>
        <translation>%1 の sudo が %2 の sudo パスワードを受け付けませんでした。
応答するまで、どのマスターにも sudo コマンドは送られません: 誤ったパスワードはそれぞれログイン失敗として数えられ、マスターは数回でアカウントをロックします。
入力したパスワードはまず 1 台のマスターで試し、その後すべてのマスターで使います。</translation>
    </message>
    <message>
        <source>sudo password of %1</source>
        <translation>%1 の sudo パスワード</translation>
    </message>
    <message>
        <source>sudo &amp;password:</source>
        <translation>sudo パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Stop the run without sending a sudo password</source>
        <translation>sudo パスワードを送らずに実行を停止します</translation>
    </message>
</context>
<context>
    <name>SudoPasswordGate</name>
    <message>
        <source>sudo on %1 was not tried, so that no further failed sudo logins are counted (pam_faillock locks an account after a few): %2</source>
        <translation>失敗した sudo ログインがこれ以上数えられないよう、%1 では sudo を試しませんでした (pam_faillock は数回の失敗でアカウントをロックします): %2</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>The rollback succeeded.</source>
        <translation>ロールバックに成功しました。</translation>
    </message>
    <message>
        <source>The migration succeeded.</source>
        <translation>移行に成功しました。</translation>
    </message>
    <message>
        <source>The rollback was cancelled.</source>
        <translation>ロールバックはキャンセルされました。</translation>
    </message>
    <message>
        <source>The migration was cancelled.</source>
        <translation>移行はキャンセルされました。</translation>
    </message>
    <message>
        <source>The rollback failed.</source>
        <translation>ロールバックに失敗しました。</translation>
    </message>
    <message>
        <source>The migration failed.</source>
        <translation>移行に失敗しました。</translation>
    </message>
    <message>
        <source>&amp;Timings:</source>
        <translation>所要時間(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Save new config.yaml…</source>
        <translation>新しい config.yaml を保存(&amp;S)…</translation>
    </message>
    <message>
        <source>E&amp;xport report…</source>
        <translation>レポートをエクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Open report</source>
        <translation>レポートを開く(&amp;O)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>How the run ended. The report has every command, check and log line.</source>
        <translation>実行の結果です。レポートにはすべてのコマンド、チェック、ログ行が記録されています。</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Timings per phase</source>
        <translation>フェーズごとの所要時間</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Time without quorum</source>
        <translation>クォーラムがなかった時間</translation>
    </message>
    <message>
        <source>Save the new config.yaml</source>
        <translation>新しい config.yaml を保存</translation>
    </message>
    <message>
        <source>The config.yaml with the static Exhibitor backend, for DC/OS upgrades and new nodes from now on. The original stays as it is.</source>
        <translation>static Exhibitor バックエンドを設定した config.yaml です。今後の DC/OS のアップグレードと新しいノードに使用します。元のファイルはそのまま残ります。</translation>
    </message>
    <message>
        <source>Export the report as HTML or PDF</source>
        <translation>レポートを HTML または PDF としてエクスポート</translation>
    </message>
    <message>
        <source>Open the report</source>
        <translation>レポートを開く</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>レポートを読み取り中…</translation>
    </message>
    <message>
        <source>Cannot read the report %1: %2</source>
        <translation>レポート %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The report %1 is not valid JSON: %2</source>
        <translation>レポート %1 は有効な JSON ではありません: %2</translation>
    </message>
    <message>
        <source>No report to show.</source>
        <translation>表示するレポートがありません。</translation>
    </message>
    <message>
        <source>No run has finished yet.</source>
        <translation>完了した実行はまだありません。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The ensemble never lost its quorum.</source>
        <translation>アンサンブルはクォーラムを一度も失いませんでした。</translation>
    </message>
    <message>
        <source>Longest time without quorum: %1.</source>
        <translation>クォーラムがなかった最長時間: %1。</translation>
    </message>
    <message>
        <source>DC/OS configuration (*.yaml *.yml);;All files (*)</source>
        <translation>DC/OS 設定 (*.yaml *.yml);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>レポートをエクスポート</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm);;PDF (*.pdf)</source>
        <translation>HTML (*.html *.htm);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Saved the new config.yaml as %1. Use it for every DC/OS upgrade and new master from now on.</source>
        <translation>新しい config.yaml を %1 として保存しました。今後のすべての DC/OS のアップグレードと新しいマスターにこれを使用してください。</translation>
    </message>
    <message>
        <source>Exported the report to %1.</source>
        <translation>レポートを %1 にエクスポートしました。</translation>
    </message>
    <message>
        <source>No program opened the report. It is at %1.</source>
        <translation>レポートを開くプログラムがありませんでした。レポートは %1 にあります。</translation>
    </message>
    <message>
        <source>Some masters may not be back on exhibitor.orig yet. Fix what the message above names, then click Roll back… to try again: the rollback goes on from where it stopped.</source>
        <translation>一部のマスターはまだ exhibitor.orig に戻っていない可能性があります。上のメッセージが示す問題を解決してから、もう一度「ロールバック…」をクリックしてください。ロールバックは停止した箇所から続行します。</translation>
    </message>
    <message>
        <source>The rollback stopped before every master was back on exhibitor.orig. Click Roll back… to go on from where it stopped.</source>
        <translation>すべてのマスターが exhibitor.orig に戻る前にロールバックが停止しました。「ロールバック…」をクリックすると、停止した箇所から続行します。</translation>
    </message>
    <message numerus="yes">
        <source>Data: %n znode(s) unchanged since the snapshot; other clients meanwhile added %1, changed %2, removed %3.</source>
        <translation>
            <numerusform>データ: スナップショット以降 %n 個の znode が変更されていません。その間に他のクライアントが %1 個を追加、%2 個を変更、%3 個を削除しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n znode(s) went back in time or vanished (named in the report).</source>
        <translation>
            <numerusform>%n 個の znode の時間が巻き戻ったか、消えました (レポートに記載)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Data on the live cluster</source>
        <translation>稼働中のクラスターのデータ</translation>
    </message>
    <message>
        <source>Verify found every acknowledged write.</source>
        <translation>検証で、確認応答されたすべての書き込みが見つかりました。</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged write(s) missing at Verify (named in the report).</source>
        <translation>
            <numerusform>確認応答された書き込みのうち %n 件が検証時に見つかりませんでした (レポートに記載)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n write(s), %2 failed, longest time without an acknowledged write %3 s</source>
        <translation>
            <numerusform>%1: 書き込み %n 件、失敗 %2 件、確認応答された書き込みがなかった最長時間 %3 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>タイムライン:</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>再起動</translation>
    </message>
    <message>
        <source>Without quorum</source>
        <translation>クォーラムなし</translation>
    </message>
    <message>
        <source>Estimated before</source>
        <translation>事前の見積もり</translation>
    </message>
    <message>
        <source>The ensemble at the end of the run</source>
        <translation>実行終了時のアンサンブル</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message numerus="yes">
        <source>Write probe: %n write(s) acknowledged, %1 failed.</source>
        <translation>
            <numerusform>書き込みプローブ: %n 件の書き込みが確認され、%1 件が失敗しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify did not check them.</source>
        <translation>検証ではそれらを確認していません。</translation>
    </message>
</context>
<context>
    <name>SupportBundle</name>
    <message>
        <source>%1: could not be read: %2</source>
        <translation>%1: 読み取れませんでした: %2</translation>
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
        <translation>%1 は %2 へのシンボリックリンクです</translation>
    </message>
    <message>
        <source>%1 is not a symbolic link (or does not exist)</source>
        <translation>%1 はシンボリックリンクではありません (または存在しません)</translation>
    </message>
    <message>
        <source>%1: could not be checked: %2</source>
        <translation>%1: 確認できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 exists</source>
        <translation>%1 は存在します</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>no answer: %1</source>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>%1 could not be reached over SSH: %2
</source>
        <translation>%1 に SSH で到達できませんでした: %2
</translation>
    </message>
    <message>
        <source>The master could not be reached</source>
        <translation>マスターに到達できませんでした</translation>
    </message>
    <message>
        <source>Nothing was collected from this master. Check that it is up and that SSH reaches it (sshd, network, host key, credentials), then make the bundle again.</source>
        <translation>このマスターからは何も収集されませんでした。マスターが稼働していて SSH で到達できること (sshd、ネットワーク、ホスト鍵、認証情報) を確認してから、バンドルを再作成してください。</translation>
    </message>
    <message>
        <source>There is no myid file</source>
        <translation>myid ファイルがありません</translation>
    </message>
    <message>
        <source>ZooKeeper cannot run in an ensemble without it; Exhibitor writes it when it starts ZooKeeper for a server spec that contains this master, and deletes it otherwise. Look at the ensemble in the env file and the journal&apos;s findings.</source>
        <translation>このファイルがないと ZooKeeper はアンサンブル内で動作できません。Exhibitor は、このマスターを含むサーバースペックで ZooKeeper を起動するときにこのファイルを書き込み、それ以外の場合は削除します。env ファイル内のアンサンブルと、ジャーナルの検出結果を確認してください。</translation>
    </message>
    <message>
        <source>No known failure was found. Look at each master&apos;s journal.txt and the four-letter-word answers.
</source>
        <translation>既知の障害は見つかりませんでした。各マスターの journal.txt と 4 文字コマンドの応答を確認してください。
</translation>
    </message>
    <message numerus="yes">
        <source>%n known failure(s) found.</source>
        <translation>
            <numerusform>既知の障害が %n 件見つかりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>run</source>
        <translation>実行</translation>
    </message>
    <message>
        <source>where: %1</source>
        <translation>場所: %1</translation>
    </message>
    <message numerus="yes">
        <source>(last of %n occurrence(s))</source>
        <translation>
            <numerusform>(%n 件中の最後)</numerusform>
        </translation>
    </message>
    <message>
        <source>line: %1</source>
        <translation>行: %1</translation>
    </message>
    <message>
        <source>what to do: %1</source>
        <translation>対処方法: %1</translation>
    </message>
    <message>
        <source>Support bundle of cluster %1, made %2 by %3 %4.

</source>
        <translation>クラスター %1 のサポートバンドル。%2 に %3 %4 で作成。

</translation>
    </message>
    <message>
        <source>Secrets are redacted (config.yaml&apos;s secret keys, passwords, credentials and keys, wherever they appear) and replaced by %1. Read the files before you send them anyway.

</source>
        <translation>秘密情報 (config.yaml の秘密のキー、パスワード、認証情報、鍵。出現箇所を問いません) はマスクされ、%1 に置き換えられています。それでも、送信する前にファイルを確認してください。

</translation>
    </message>
    <message numerus="yes">
        <source>findings.txt: %n known failure(s) matched, each with its master, file, line and what to do.
</source>
        <translation>
            <numerusform>findings.txt: 一致した既知の障害 %n 件 (それぞれマスター、ファイル、行、対処方法付き)。
</numerusform>
        </translation>
    </message>
    <message>
        <source>config.yaml: the cluster&apos;s config.yaml. run/: the run&apos;s report and journal, if there was a run.
</source>
        <translation>config.yaml: クラスターの config.yaml。run/: 実行のレポートとジャーナル (実行があった場合)。
</translation>
    </message>
    <message>
        <source>%1: collected</source>
        <translation>%1: 収集済み</translation>
    </message>
    <message>
        <source>%1: NOT REACHED (%2)</source>
        <translation>%1: 到達不可 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>(%n item(s) could not be read, see NOTES.txt)</source>
        <translation>
            <numerusform>(%n 項目を読み取れませんでした。NOTES.txt を参照)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 exists already; not overwritten.</source>
        <translation>%1 はすでに存在します。上書きしません。</translation>
    </message>
    <message>
        <source>tar could not make %1: %2</source>
        <translation>tar で %1 を作成できませんでした: %2</translation>
    </message>
    <message>
        <source>masters/&lt;address&gt;/: exhibitor.env (the env file), exhibitor.link.txt (symlink and target), exhibitor.orig.txt (and exhibitor.orig when it exists), zoo.cfg, exhibitor_defaults.conf, myid, systemctl-is-active.txt, df.txt, journal.txt (the last %1 lines of the %2 journal), four-letter-words.txt (ZooKeeper&apos;s ruok, srvr, stat, mntr, conf), NOTES.txt (what could not be read).

</source>
        <translation>masters/&lt;address&gt;/: exhibitor.env (env ファイル)、exhibitor.link.txt (シンボリックリンクとリンク先)、exhibitor.orig.txt (exhibitor.orig が存在する場合はそれも)、zoo.cfg、exhibitor_defaults.conf、myid、systemctl-is-active.txt、df.txt、journal.txt (%2 のジャーナルの最後の %1 行)、four-letter-words.txt (ZooKeeper の ruok、srvr、stat、mntr、conf)、NOTES.txt (読み取れなかったもの)。

</translation>
    </message>
    <message>
        <source>index.html: this summary with links, for a browser.
</source>
        <translation>index.html: このサマリー (リンク付き、ブラウザー用)。
</translation>
    </message>
    <message>
        <source>Support bundle of %1</source>
        <translation>%1 のサポートバンドル</translation>
    </message>
    <message>
        <source>Secrets are redacted and replaced by %1. Read the files before you send them anyway.</source>
        <translation>秘密情報はマスクされ、%1 に置き換えられています。それでも、送信する前にファイルを確認してください。</translation>
    </message>
    <message>
        <source>Masters</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>Master</source>
        <translation>マスター</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>収集済み</translation>
    </message>
    <message>
        <source>not reached: %1</source>
        <translation>到達不可: %1</translation>
    </message>
    <message>
        <source>Known failures (%1)</source>
        <translation>既知の障害 (%1)</translation>
    </message>
    <message>
        <source>No known failure was found.</source>
        <translation>既知の障害は見つかりませんでした。</translation>
    </message>
</context>
<context>
    <name>SupportBundleCommand</name>
    <message>
        <source>Collect what the masters say after a failed run, secrets redacted.</source>
        <translation>失敗した実行の後に、マスターの状態を収集します (秘密情報はマスク)。</translation>
    </message>
    <message>
        <source>Write the bundle into this directory (default: a new one in the app&apos;s data directory).</source>
        <translation>バンドルをこのディレクトリに書き込みます (既定: アプリのデータディレクトリ内の新しいディレクトリ)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Also pack the bundle into DIR.tar.gz.</source>
        <translation>バンドルを DIR.tar.gz にもまとめます。</translation>
    </message>
    <message>
        <source>Lines of each master&apos;s dcos-exhibitor journal (default 300).</source>
        <translation>各マスターの dcos-exhibitor ジャーナルの行数 (既定 300)。</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Reads, without changing anything, each master&apos;s env file (and whether it is a symlink), zoo.cfg, myid, exhibitor.orig, the unit&apos;s state, the last lines of its dcos-exhibitor journal and ZooKeeper&apos;s ruok, srvr, stat, mntr and conf answers, and copies config.yaml and the run&apos;s report and journal (--report DIR names the run&apos;s report directory; default: the newest of the journal&apos;s run). Secrets are redacted. findings.txt lists the known failures found, with master, file, line and what to do. A master that cannot be reached is named in the bundle; the others are still collected.</source>
        <translation>何も変更せずに、各マスターの env ファイル (およびシンボリックリンクかどうか)、zoo.cfg、myid、exhibitor.orig、ユニットの状態、dcos-exhibitor ジャーナルの最後の行、ZooKeeper の ruok、srvr、stat、mntr、conf の応答を読み取り、config.yaml と実行のレポートおよびジャーナルをコピーします (--report DIR で実行のレポートディレクトリを指定します。既定: ジャーナルの実行の最新のもの)。秘密情報はマスクされます。findings.txt には、見つかった既知の障害がマスター、ファイル、行、対処方法とともに一覧表示されます。到達できないマスターはバンドル内に記載され、他のマスターからは引き続き収集されます。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>--journal-lines takes a number from 1 to 100000; &quot;%1&quot; is not one.</source>
        <translation>--journal-lines には 1 から 100000 までの数値を指定します。&quot;%1&quot; はそうではありません。</translation>
    </message>
    <message numerus="yes">
        <source>Collecting from %n master(s)...</source>
        <translation>
            <numerusform>%n 台のマスターから収集中...</numerusform>
        </translation>
    </message>
    <message>
        <source>The support bundle could not be written: %1</source>
        <translation>サポートバンドルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>%1: not reached (%2); the bundle says so.</source>
        <translation>%1: 到達できませんでした (%2)。バンドルにその旨が記載されます。</translation>
    </message>
    <message>
        <source>run</source>
        <translation>実行</translation>
    </message>
    <message numerus="yes">
        <source>Support bundle written to %1 (%n known failure(s) found; see findings.txt).</source>
        <translation>
            <numerusform>サポートバンドルを %1 に書き込みました (既知の障害 %n 件。findings.txt を参照)。</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive: %1</source>
        <translation>アーカイブ: %1</translation>
    </message>
    <message>
        <source>Secrets are redacted; read the files before you send them.</source>
        <translation>秘密情報はマスクされています。送信する前にファイルを確認してください。</translation>
    </message>
    <message>
        <source>support-bundle writes text only; the bundle itself is the result.</source>
        <translation>support-bundle はテキストのみを出力します。結果はバンドルそのものです。</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate support-bundle --config FILE [SSH options] [--out DIR] [--report DIR] [--journal-lines N] [--archive]</source>
        <translation>使い方: exhibitor-migrate support-bundle --config FILE [SSH オプション] [--out DIR] [--report DIR] [--journal-lines N] [--archive]</translation>
    </message>
</context>
<context>
    <name>SupportBundlePanel</name>
    <message>
        <source>Create support bundle</source>
        <translation>サポートバンドルを作成</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>For a support request: every master&apos;s env file, zoo.cfg, myid, the end of its journal and ZooKeeper&apos;s answers, with config.yaml and this run&apos;s report. Secrets are redacted; known failure messages are explained in findings.txt.</source>
        <translation>サポート依頼用: 各マスターの env ファイル、zoo.cfg、myid、ジャーナルの末尾、ZooKeeper の応答と、config.yaml およびこの実行のレポート。秘密情報はマスクされます。既知の障害メッセージは findings.txt で説明されます。</translation>
    </message>
    <message>
        <source>Reads from every master over SSH; changes nothing.</source>
        <translation>SSH で各マスターから読み取ります。何も変更しません。</translation>
    </message>
    <message numerus="yes">
        <source>Collecting from %n master(s)…</source>
        <translation>
            <numerusform>%n 台のマスターから収集中…</numerusform>
        </translation>
    </message>
    <message>
        <source>The support bundle could not be written: %1</source>
        <translation>サポートバンドルを書き込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Support bundle written to %1: %n known failure(s) found (findings.txt).</source>
        <translation>
            <numerusform>サポートバンドルを %1 に書き込みました: 既知の障害 %n 件 (findings.txt)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n master(s) could not be reached; the bundle says which.</source>
        <translation>
            <numerusform>%n 台のマスターに到達できませんでした。どのマスターかはバンドルに記載されています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets are redacted; read the files before you send them.</source>
        <translation>秘密情報はマスクされています。送信する前にファイルを確認してください。</translation>
    </message>
</context>
<context>
    <name>SwitchSettingsCheck</name>
    <message>
        <source>Exhibitor&apos;s settings after the switch (%1)</source>
        <translation>切り替え後の Exhibitor の設定 (%1)</translation>
    </message>
    <message>
        <source>cannot read %1 (%2): without it the data directory STATIC would use is unknown. dcos-exhibitor writes it at every start; check that the unit runs.</source>
        <translation>%1 を読み取れません (%2)。これがないと STATIC が使用するデータディレクトリが分かりません。dcos-exhibitor は起動のたびにこれを書き込みます。ユニットが動作していることを確認してください。</translation>
    </message>
    <message>
        <source>the same as the shared config&apos;s: nothing changes</source>
        <translation>共有設定と同じです: 何も変わりません</translation>
    </message>
    <message>
        <source>the switch drops the shared config&apos;s values for: %1. STATIC takes them from %2; change them there (DC/OS renders it) if they matter.</source>
        <translation>切り替えにより、共有設定の次の値が破棄されます: %1。STATIC はこれらを %2 から取得します。重要な場合はそちらで変更してください (DC/OS が生成します)。</translation>
    </message>
    <message>
        <source>%1 would change: ZooKeeper would start on an empty directory and this master would lose its data. Move the data to the directory DC/OS uses, or keep the current backend. All changes: %2</source>
        <translation>%1 が変わります: ZooKeeper は空のディレクトリで起動し、このマスターはデータを失います。データを DC/OS が使用するディレクトリに移動するか、現在のバックエンドを維持してください。すべての変更: %2</translation>
    </message>
    <message>
        <source>no Exhibitor roll in progress</source>
        <translation>Exhibitor のロールは進行していません</translation>
    </message>
    <message>
        <source>no rolling config change in %1</source>
        <translation>%1 にローリング設定変更はありません</translation>
    </message>
    <message>
        <source>Exhibitor is rolling a config change through the ensemble (to %1). Let it finish (Exhibitor&apos;s UI, Config tab), then start again.</source>
        <translation>Exhibitor がアンサンブル全体に設定変更をローリング適用中です (%1 へ)。完了するまで待ってから (Exhibitor の UI、Config タブ)、もう一度開始してください。</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s shared config</source>
        <translation>Exhibitor の共有設定</translation>
    </message>
    <message>
        <source>no SSH connection to %1</source>
        <translation>%1 への SSH 接続がありません</translation>
    </message>
    <message>
        <source>cannot reach Exhibitor&apos;s REST through SSH (%1)</source>
        <translation>SSH 経由で Exhibitor の REST に到達できません (%1)</translation>
    </message>
    <message>
        <source>the forward closed</source>
        <translation>転送が閉じられました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: its Exhibitor runs without a servers spec naming it (server ID -1), so not with the shared config</source>
        <translation>%1: その Exhibitor は自身を含む servers-spec なしで動作しています (サーバー ID -1)。つまり共有設定で動作していません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot read it (%1), nor Exhibitor&apos;s get-state on every master (%2): whether a roll is in progress and which settings the switch drops is unknown</source>
        <translation>読み取れません (%1)。すべてのマスターの Exhibitor の get-state も読み取れません (%2): ロールが進行中かどうか、切り替えでどの設定が失われるかは不明です</translation>
    </message>
    <message>
        <source>as each master&apos;s Exhibitor reports it (get-state), the backend being unreadable from here: %1</source>
        <translation>各マスターの Exhibitor が報告するとおり (get-state)。バックエンドはここから読み取れないため: %1</translation>
    </message>
    <message>
        <source>no rolling config change, %1</source>
        <translation>ローリング設定変更なし、%1</translation>
    </message>
    <message>
        <source>Exhibitor is rolling a config change through the ensemble (%1, %2). Let it finish (Exhibitor&apos;s UI, Config tab), then start again.</source>
        <translation>Exhibitor がアンサンブル全体に設定変更をロール中です (%1、%2)。完了するまで待ってから (Exhibitor の UI の Config タブ)、もう一度開始してください。</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>stopping the unit</source>
        <translation>ユニットの停止</translation>
    </message>
    <message>
        <source>starting Exhibitor (until its REST takes the start request)</source>
        <translation>Exhibitor の起動 (REST が起動要求を受け付けるまで)</translation>
    </message>
    <message>
        <source>starting ZooKeeper</source>
        <translation>ZooKeeper の起動</translation>
    </message>
    <message>
        <source>joining the ensemble (not serving yet)</source>
        <translation>アンサンブルへの参加 (まだリクエスト未処理)</translation>
    </message>
    <message>
        <source>catching up with the leader</source>
        <translation>リーダーへの追いつき</translation>
    </message>
    <message>
        <source>did not settle</source>
        <translation>安定せず</translation>
    </message>
    <message>
        <source>S</source>
        <comment>timeline: stopping the unit</comment>
        <translation>停</translation>
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
        <translation>参</translation>
    </message>
    <message>
        <source>C</source>
        <comment>timeline: catching up</comment>
        <translation>追</translation>
    </message>
    <message>
        <source>Preflight</source>
        <translation>事前チェック</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Phase A</source>
        <translation>フェーズ A</translation>
    </message>
    <message>
        <source>Phase B</source>
        <translation>フェーズ B</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了処理</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>ロールバック</translation>
    </message>
    <message>
        <source>%1 after %2</source>
        <translation>%2 後に%1</translation>
    </message>
    <message>
        <source>unit stopped</source>
        <translation>ユニット停止</translation>
    </message>
    <message>
        <source>Exhibitor&apos;s REST up</source>
        <translation>Exhibitor の REST 応答</translation>
    </message>
    <message>
        <source>ZooKeeper up</source>
        <translation>ZooKeeper 起動</translation>
    </message>
    <message>
        <source>serving</source>
        <translation>リクエスト処理開始</translation>
    </message>
    <message>
        <source>caught up</source>
        <translation>追いつき済み</translation>
    </message>
    <message>
        <source>no step reached</source>
        <translation>到達したステップなし</translation>
    </message>
    <message>
        <source>%1 restart, %2: %3</source>
        <translation>%1 の再起動、%2: %3</translation>
    </message>
    <message>
        <source>%1 restart, did not settle within %2: %3</source>
        <translation>%1 の再起動、%2 以内に安定せず: %3</translation>
    </message>
    <message>
        <source>%1: not restarted.</source>
        <translation>%1: 再起動なし。</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n restart(s): %2.</source>
        <translation>
            <numerusform>%1: 再起動 %n 回: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The ensemble never lost its quorum.</source>
        <translation>アンサンブルはクォーラムを一度も失いませんでした。</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, %2 at the restart of %3</source>
        <translation>%1、%3 の再起動時に %2</translation>
    </message>
    <message numerus="yes">
        <source>No quorum %n time(s): %1.</source>
        <translation>
            <numerusform>クォーラムなし %n 回: %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Write probe: %n write(s), %1 failed.</source>
        <translation>
            <numerusform>書き込みプローブ: 書き込み %n 件、失敗 %1 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to show: the run recorded no phases or restarts.</source>
        <translation>表示するものがありません: この実行ではフェーズも再起動も記録されていません。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 without a running step (waiting for a confirmation), drawn shortened</source>
        <translation>実行中のステップがない %1 (確認待ち)。短縮して表示</translation>
    </message>
    <message>
        <source>no quorum %1</source>
        <translation>クォーラムなし %1</translation>
    </message>
    <message>
        <source>no quorum</source>
        <translation>クォーラムなし</translation>
    </message>
    <message>
        <source>No quorum for %1 (%2)</source>
        <translation>%1 間クォーラムなし (%2)</translation>
    </message>
    <message>
        <source>No quorum for %1 at the restart of %2 (%3)</source>
        <translation>%2 の再起動時に %1 間クォーラムなし (%3)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2、%3</translation>
    </message>
    <message>
        <source>write probe</source>
        <translation>書き込みプローブ</translation>
    </message>
    <message>
        <source>write acknowledged</source>
        <translation>書き込み確認応答済み</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>書き込み失敗</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Timeline of the run</source>
        <translation>実行のタイムライン</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline of the run</source>
        <translation>実行のタイムライン</translation>
    </message>
</context>
<context>
    <name>VerifyChecks</name>
    <message>
        <source>exactly one leader</source>
        <translation>リーダーがちょうど 1 つ</translation>
    </message>
    <message>
        <source>%1 leader(s): %2</source>
        <translation>リーダー %1 台: %2</translation>
    </message>
    <message>
        <source>all followers synced</source>
        <translation>すべてのフォロワーが同期済み</translation>
    </message>
    <message>
        <source>every master serves (mntr not available on the leader)</source>
        <translation>すべてのマスターが稼働中 (リーダーで mntr を利用できません)</translation>
    </message>
    <message>
        <source>the leader reports %1 synced follower(s) of %2</source>
        <translation>リーダーの報告では %2 台中 %1 台のフォロワーが同期済み</translation>
    </message>
    <message>
        <source>not serving: %1</source>
        <translation>稼働していません: %1</translation>
    </message>
    <message>
        <source>server ID as expected</source>
        <translation>サーバー ID が想定どおり</translation>
    </message>
    <message>
        <source>conf is not whitelisted; the myid check below tells</source>
        <translation>conf がホワイトリストにありません。下の myid チェックで判定します</translation>
    </message>
    <message>
        <source>conf says serverId %1, expected %2</source>
        <translation>conf は serverId %1、想定は %2</translation>
    </message>
    <message>
        <source>conf did not answer (%1), expected %2</source>
        <translation>conf が応答しませんでした (%1)、想定は %2</translation>
    </message>
    <message>
        <source>env file as expected</source>
        <translation>env ファイルが想定どおり</translation>
    </message>
    <message>
        <source>env file is the original, byte for byte</source>
        <translation>env ファイルは元のファイルとバイト単位で同一</translation>
    </message>
    <message>
        <source>sha256 %1, original %2</source>
        <translation>sha256 %1、元のファイル %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>EXHIBITOR_BACKEND=%1, EXHIBITOR_STATICENSEMBLE=%2</source>
        <translation>EXHIBITOR_BACKEND=%1、EXHIBITOR_STATICENSEMBLE=%2</translation>
    </message>
    <message>
        <source>(DC/OS would write %1)</source>
        <translation>(DC/OS が書き込む値は %1)</translation>
    </message>
    <message>
        <source>but other lines differ from the original file</source>
        <translation>ただし、その他の行が元のファイルと異なります</translation>
    </message>
    <message>
        <source>env file has DC/OS&apos;s static ensemble</source>
        <translation>env ファイルに DC/OS の静的アンサンブルがある</translation>
    </message>
    <message>
        <source>myid and zoo.cfg agree</source>
        <translation>myid と zoo.cfg が一致</translation>
    </message>
    <message>
        <source>myid %1 (expected %2); zoo.cfg servers %3 (expected %4)</source>
        <translation>myid %1 (想定 %2); zoo.cfg のサーバー %3 (想定 %4)</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読み取り不可</translation>
    </message>
    <message>
        <source>no snapshot in this run (taken by preflight)</source>
        <translation>この実行にはスナップショットがありません (事前チェックで取得されます)</translation>
    </message>
    <message>
        <source>canary znode intact</source>
        <translation>カナリア znode が無事</translation>
    </message>
    <message>
        <source>missing or changed</source>
        <translation>欠落または変更</translation>
    </message>
    <message>
        <source>client sessions survived</source>
        <translation>クライアントセッションが維持された</translation>
    </message>
    <message>
        <source>no canary session in this run (an interrupted run&apos;s session ended with it)</source>
        <translation>この実行にはカナリアセッションがありません (中断された実行のセッションはその実行とともに終了しました)</translation>
    </message>
    <message>
        <source>no znode went back in time since the snapshot</source>
        <translation>スナップショット以降、時間が巻き戻った znode はありません</translation>
    </message>
    <message>
        <source>%1; went back in time or vanished: %2</source>
        <translation>%1。時間が巻き戻った、または消えた: %2</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Check a migrated cluster: one leader, followers synced, DC/OS&apos;s IDs everywhere.</source>
        <translation>移行済みのクラスターを確認します: リーダーが 1 つ、フォロワーが同期済み、すべてで DC/OS の ID。</translation>
    </message>
    <message>
        <source>Usage: exhibitor-migrate verify --config FILE [SSH options] [--report DIR] [--format text|json]</source>
        <translation>使い方: exhibitor-migrate verify --config FILE [SSH options] [--report DIR] [--format text|json]</translation>
    </message>
    <message>
        <source>Checks, without changing anything, that the cluster is where a migration leaves it: exactly one leader, every follower synced, every server&apos;s ID the one DC/OS generates from master_list, every env file with DC/OS&apos;s static ensemble and otherwise the original, myid and zoo.cfg agreeing. Give the config.yaml from before the migration.</source>
        <translation>何も変更せずに、クラスターが移行後の状態にあることを確認します: リーダーがちょうど 1 つ、すべてのフォロワーが同期済み、すべてのサーバーの ID が DC/OS が master_list から生成するもの、すべての env ファイルに DC/OS の静的アンサンブルがありそれ以外は元のまま、myid と zoo.cfg が一致。移行前の config.yaml を指定してください。</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>予期しない引数 &quot;%1&quot; です。</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>省略</translation>
    </message>
    <message>
        <source>ok  </source>
        <translation>OK  </translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>VerifyOperation</name>
    <message>
        <source>Verify the original configuration is back</source>
        <translation>元の設定に戻ったことを検証</translation>
    </message>
    <message>
        <source>Verify the migrated cluster</source>
        <translation>移行したクラスターを検証</translation>
    </message>
    <message>
        <source>Read-only: one leader, all followers synced, every ID back to the original, every env file byte-identical to %1.</source>
        <translation>読み取り専用: リーダーが 1 つ、すべてのフォロワーが同期済み、すべての ID が元どおり、すべての env ファイルが %1 とバイト単位で同一。</translation>
    </message>
    <message>
        <source>Cannot connect to %1.</source>
        <translation>%1 に接続できません。</translation>
    </message>
    <message>
        <source>Every check passed.</source>
        <translation>すべてのチェックに合格しました。</translation>
    </message>
    <message>
        <source>Verify failed: %1.</source>
        <translation>検証に失敗しました: %1。</translation>
    </message>
    <message>
        <source>Read-only: one leader, all followers synced, IDs %1, every env file with DC/OS&apos;s ensemble, myid and zoo.cfg agreeing, no znode gone back in time since the snapshot (what other clients wrote meanwhile is counted), the canary znode and session alive.</source>
        <translation>読み取り専用: リーダーが 1 つ、すべてのフォロワーが同期済み、ID %1、すべての env ファイルが DC/OS のアンサンブルを持ち、myid と zoo.cfg が一致し、スナップショット以降に時間が巻き戻った znode がなく (その間に他のクライアントが書き込んだものは集計します)、カナリア znode とセッションが存続していること。</translation>
    </message>
    <message>
        <source>every write the probe had acknowledged is present</source>
        <translation>プローブで確認応答されたすべての書き込みが存在します</translation>
    </message>
    <message>
        <source>the write probe did not run: %1</source>
        <translation>書き込みプローブは実行されませんでした: %1</translation>
    </message>
    <message>
        <source>could not list the probe&apos;s znodes under %1: %2</source>
        <translation>%1 以下のプローブの znode を一覧表示できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged write(s) missing under %1: %2</source>
        <translation>
            <numerusform>確認応答された書き込みのうち %n 件が %1 以下にありません: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged write(s), all present under %1; %2 failed during the run (counted, not lost); longest time without an acknowledged write %3 s</source>
        <translation>
            <numerusform>確認応答された書き込み %n 件はすべて %1 以下に存在します。実行中に %2 件が失敗しました (カウント済み、消失ではありません)。確認応答された書き込みがなかった最長時間 %3 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>could not remove the write probe&apos;s znodes: %1</source>
        <translation>書き込みプローブの znode を削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>WizardController</name>
    <message>
        <source>ID table</source>
        <translation>ID 表</translation>
    </message>
</context>
<context>
    <name>WriteEnvFilesOperation</name>
    <message>
        <source>Write the env file with canonical IDs on every master</source>
        <translation>すべてのマスターで正規 ID の env ファイルを書き込み</translation>
    </message>
    <message>
        <source>Write the static env file with current IDs on every master</source>
        <translation>すべてのマスターで現在の ID の static env ファイルを書き込み</translation>
    </message>
    <message>
        <source>On every master, before any restart: %1 becomes EXHIBITOR_BACKEND=STATIC with EXHIBITOR_STATICENSEMBLE=%2 (atomic write: temp file, fsync, same owner and mode, rename, checksum read back).</source>
        <translation>すべてのマスターで、再起動の前に: %1 を EXHIBITOR_STATICENSEMBLE=%2 とした EXHIBITOR_BACKEND=STATIC にします (アトミック書き込み: 一時ファイル、fsync、同じ所有者とモード、名前変更、チェックサムの読み戻し)。</translation>
    </message>
    <message>
        <source>Rollback writes %1 back over it, byte for byte.</source>
        <translation>ロールバックでは %1 をバイト単位でそのまま書き戻します。</translation>
    </message>
    <message>
        <source>atomic write of %1</source>
        <translation>%1 のアトミック書き込み</translation>
    </message>
    <message>
        <source>The original env file of %1 is not known; nothing was written there.</source>
        <translation>%1 の元の env ファイルが不明です。そこには何も書き込んでいません。</translation>
    </message>
    <message>
        <source>Cannot read %1 on %2: %3</source>
        <translation>%2 上の %1 を読み取れません: %3</translation>
    </message>
    <message>
        <source>%1 already has the %2 content; not written again</source>
        <translation>%1 はすでに %2 の内容です。再度は書き込みません</translation>
    </message>
    <message>
        <source>read back sha256 %1, expected %2</source>
        <translation>読み戻した sha256 は %1、想定は %2</translation>
    </message>
    <message>
        <source>Writing %1 on %2 failed: %3</source>
        <translation>%2 上での %1 の書き込みに失敗しました: %3</translation>
    </message>
    <message>
        <source>Every master has EXHIBITOR_STATICENSEMBLE=%1.</source>
        <translation>すべてのマスターが EXHIBITOR_STATICENSEMBLE=%1 になりました。</translation>
    </message>
</context>
<context>
    <name>WriteProbe</name>
    <message>
        <source>write probe not started: %1</source>
        <translation>書き込みプローブは開始されませんでした: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>write probe: one write every %1 ms under %2 until Verify</source>
        <translation>書き込みプローブ: 検証まで %2 以下に %1 ms ごとに 1 回書き込みます</translation>
    </message>
    <message>
        <source>write probe: its ZooKeeper session expired; opening a new one</source>
        <translation>書き込みプローブ: ZooKeeper セッションが期限切れになりました。新しいセッションを開きます</translation>
    </message>
    <message>
        <source>%1 writes waiting for ZooKeeper</source>
        <translation>%1 件の書き込みが ZooKeeper を待っています</translation>
    </message>
    <message>
        <source>write probe: writes failing (%1)</source>
        <translation>書き込みプローブ: 書き込みが失敗しています (%1)</translation>
    </message>
    <message>
        <source>write probe: writes acknowledged again, %1 s after the last one before</source>
        <translation>書き込みプローブ: 書き込みの確認応答が再開しました (前回の確認応答から %1 秒後)</translation>
    </message>
    <message>
        <source>the write probe did not run</source>
        <translation>書き込みプローブは実行されませんでした</translation>
    </message>
    <message>
        <source>ZooKeeper did not answer the list in time</source>
        <translation>ZooKeeper が一覧表示の要求に時間内に応答しませんでした</translation>
    </message>
    <message>
        <source>ZooKeeper did not answer in time</source>
        <translation>ZooKeeper が時間内に応答しませんでした</translation>
    </message>
</context>
<context>
    <name>WriteProbeReport</name>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Write probe</source>
        <translation>書き込みプローブ</translation>
    </message>
    <message>
        <source>The write probe did not run in this run.</source>
        <translation>この実行では書き込みプローブは実行されませんでした。</translation>
    </message>
    <message>
        <source>The write probe did not run: %1</source>
        <translation>書き込みプローブは実行されませんでした: %1</translation>
    </message>
    <message>
        <source>Not checked by Verify.</source>
        <translation>検証では確認されていません。</translation>
    </message>
    <message>
        <source>Every acknowledged write was found at Verify.</source>
        <translation>検証で、確認応答されたすべての書き込みが見つかりました。</translation>
    </message>
    <message numerus="yes">
        <source>%n acknowledged write(s) missing at Verify.</source>
        <translation>
            <numerusform>確認応答された書き込みのうち %n 件が検証時に見つかりませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Writes</source>
        <translation>書き込み</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Longest time without an acknowledged write</source>
        <translation>確認応答された書き込みがなかった最長時間</translation>
    </message>
    <message>
        <source>Acknowledged writes missing at Verify:</source>
        <translation>検証時に見つからなかった確認応答済みの書き込み:</translation>
    </message>
    <message>
        <source>One write every %1 ms under %2 from the end of preflight to Verify: %3 acknowledged, %4 failed, %5 without an answer.</source>
        <translation>事前チェックの終了から検証まで、%2 の下に %1 ミリ秒ごとに 1 件書き込み: %3 件確認、%4 件失敗、%5 件応答なし。</translation>
    </message>
    <message numerus="yes">
        <source>%n probe session(s) expired.</source>
        <translation>
            <numerusform>プローブのセッションが %n 件期限切れになりました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (#%2, acknowledged %3, %4)</source>
        <translation>%1 (#%2、%3 に確認、%4)</translation>
    </message>
</context>
<context>
    <name>YamlScan</name>
    <message>
        <source>The YAML is nested more than %1 levels deep, far more than any config.yaml: it is not read. Give the cluster&apos;s genconf/config.yaml.</source>
        <translation>この YAML は %1 階層を超えて入れ子になっており、どの config.yaml よりもはるかに深いため、読み取りません。クラスターの genconf/config.yaml を指定してください。</translation>
    </message>
    <message>
        <source>Through its aliases (*name) this YAML expands to more than %1 values, far more than any config.yaml has: it is not read (an alias bomb?). Write the values out instead of aliasing them, or give the cluster&apos;s genconf/config.yaml.</source>
        <translation>この YAML はエイリアス (*name) によって %1 個を超える値に展開され、どの config.yaml よりもはるかに多いため、読み取りません (エイリアス爆弾?)。エイリアスを使わずに値を書き出すか、クラスターの genconf/config.yaml を指定してください。</translation>
    </message>
</context>
<context>
    <name>ZkAccess</name>
    <message>
        <source>no master&apos;s ZooKeeper could be reached through SSH</source>
        <translation>SSH 経由でどのマスターの ZooKeeper にも到達できませんでした</translation>
    </message>
    <message>
        <source>the run&apos;s ZooKeeper session did not connect in time</source>
        <translation>この実行の ZooKeeper セッションが時間内に接続しませんでした</translation>
    </message>
    <message>
        <source>no ZooKeeper session</source>
        <translation>ZooKeeper セッションがありません</translation>
    </message>
    <message>
        <source>no canary session in this run</source>
        <translation>この実行にはカナリアセッションがありません</translation>
    </message>
    <message>
        <source>the canary session expired: client sessions did not survive</source>
        <translation>カナリアセッションが期限切れになりました: クライアントセッションは維持されませんでした</translation>
    </message>
    <message>
        <source>session 0x%1 alive, its ephemeral node still there</source>
        <translation>セッション 0x%1 は存続しており、そのエフェメラルノードもまだあります</translation>
    </message>
    <message>
        <source>the canary&apos;s ephemeral node is gone or belongs to another session</source>
        <translation>カナリアのエフェメラルノードがなくなったか、別のセッションのものになっています</translation>
    </message>
    <message>
        <source>Reading the ZooKeeper tree failed: %1</source>
        <translation>ZooKeeper ツリーの読み取りに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>ZkClient</name>
    <message>
        <source>Cannot connect to ZooKeeper at &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; の ZooKeeper に接続できません: %2</translation>
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
        <translation>消えましたが、%1 の子はスナップショット後に変更されていません (pzxid %2)</translation>
    </message>
    <message>
        <source>created at %1, before the snapshot&apos;s znode (%2): an older znode came back</source>
        <translation>%1 で作成されており、スナップショットの znode (%2) より前です: 古い znode が戻ってきました</translation>
    </message>
    <message>
        <source>its children went back in time (pzxid %1, %2 at the snapshot)</source>
        <translation>子の時間が巻き戻りました (pzxid %1、スナップショット時は %2)</translation>
    </message>
    <message>
        <source>data differs from the snapshot under the same mzxid %1 (version %2, %3 at the snapshot)</source>
        <translation>同じ mzxid %1 のままデータがスナップショットと異なります (バージョン %2、スナップショット時は %3)</translation>
    </message>
    <message>
        <source>went back in time: mzxid %1 version %2, at the snapshot mzxid %3 version %4</source>
        <translation>時間が巻き戻りました: mzxid %1 バージョン %2、スナップショット時は mzxid %3 バージョン %4</translation>
    </message>
    <message>
        <source>not in the snapshot, though created at %1, before the snapshot (%2)</source>
        <translation>%1 で作成されスナップショット (%2) より前なのに、スナップショットにありません</translation>
    </message>
    <message>
        <source>not in the snapshot, though created at %1, before the snapshot read its parent (pzxid %2)</source>
        <translation>スナップショットが親を読み取る前 (pzxid %2) の %1 で作成されたのに、スナップショットにありません</translation>
    </message>
    <message numerus="yes">
        <source>%n znode(s) of the snapshot unchanged; other clients meanwhile added %1, changed %2, removed %3</source>
        <translation>
            <numerusform>スナップショットの znode のうち %n 個が変更なし。その間に他のクライアントが %1 個を追加、%2 個を変更、%3 個を削除しました</numerusform>
        </translation>
    </message>
    <message>
        <source>not compared (no permission to read): %1</source>
        <translation>比較していません (読み取り権限なし): %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>(他 %n 件)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ZkTreeWalker</name>
    <message>
        <source>ZooKeeper is not connected</source>
        <translation>ZooKeeper に接続していません</translation>
    </message>
    <message>
        <source>Reading the ZooKeeper tree failed: %1</source>
        <translation>ZooKeeper ツリーの読み取りに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>exhibitor-migrate: unexpected error: %1</source>
        <translation>exhibitor-migrate: 予期しないエラー: %1</translation>
    </message>
    <message>
        <source>Exhibitor Migration Wizard</source>
        <translation>Exhibitor 移行ウィザード</translation>
    </message>
    <message>
        <source>Moves a DC/OS cluster&apos;s Exhibitor from its ZooKeeper backend to the static backend.</source>
        <translation>DC/OS クラスターの Exhibitor を ZooKeeper バックエンドから static バックエンドに移行します。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Start with &lt;file&gt; (a DC/OS config.yaml) loaded.</source>
        <translation>&lt;file&gt; (DC/OS の config.yaml) を読み込んだ状態で起動します。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>exhibitor-migrate: --lang needs a language code (%1).</source>
        <translation>exhibitor-migrate: --lang には言語コード (%1) が必要です。</translation>
    </message>
    <message>
        <source>Use language &lt;code&gt; (%1) instead of the system&apos;s.</source>
        <translation>システムの言語の代わりに言語 &lt;code&gt; (%1) を使用します。</translation>
    </message>
    <message>
        <source>Start the bundled demo cluster (as root) or connect to the one running, and load it.</source>
        <translation>同梱のデモクラスターを起動する (root として) か、実行中のデモクラスターに接続して読み込みます。</translation>
    </message>
</context>
</TS>
