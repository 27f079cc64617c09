<?php

namespace Ops\ConfigD;

final class FileChanged
{
    public function __construct(
        public readonly string $path,
        public readonly int $mtime,
        public readonly string $contents,
    ) {
    }
}

/**
 * Stands in for an inotify watcher on /etc/app/*.ini: editors and deploy
 * tools touch the files far more often than they change their content.
 */
final class ConfigDirWatcher
{
    private const FILES = [
        '/etc/app/database.ini' => ['host' => 'db.internal', 'port' => '5432', 'pool' => '16'],
        '/etc/app/queue.ini' => ['dsn' => 'amqp://mq.internal:5672/%2f', 'prefetch' => '20'],
        '/etc/app/features.ini' => ['new_dashboard' => 'on', 'beta_search' => 'off'],
        '/etc/app/logging.ini' => ['level' => 'info', 'channel' => 'daemon'],
    ];

    public function poll(int $tick): FileChanged
    {
        $paths = array_keys(self::FILES);
        $path = $paths[$tick % count($paths)];
        $values = self::FILES[$path];
        if ($tick % 10 === 9) {
            $values['revision'] = (string) intdiv($tick, 10);
        }

        $lines = ['; managed by deploy-agent, do not edit', '[' . basename($path, '.ini') . ']'];
        foreach ($values as $key => $value) {
            $lines[] = sprintf('%s = "%s"', $key, $value);
        }

        return new FileChanged($path, 1700000000 + $tick, implode("\n", $lines) . "\n");
    }
}
