<?php
// The same static event bus; each import job keeps its subscriber in a
// variable and unsubscribes it when the job is done.

final class EventBus
{
    private static array $subscribers = [];

    public static function subscribe(string $event, callable $fn): void
    {
        self::$subscribers[$event][spl_object_id($fn)] = $fn;
    }

    public static function unsubscribe(string $event, callable $fn): void
    {
        unset(self::$subscribers[$event][spl_object_id($fn)]);
    }

    public static function publish(string $event, array $payload): void
    {
        foreach (self::$subscribers[$event] ?? [] as $fn) {
            $fn($payload);
        }
    }
}

final class ImportJob
{
    private array $log = [];

    public function __construct(private string $file)
    {
    }

    public function progress(array $payload): void
    {
        $this->log[] = $payload['rows'];
    }

    public function run(): void
    {
        $listener = $this->progress(...);
        EventBus::subscribe('import.progress', $listener);
        EventBus::publish('import.progress', ['rows' => strlen($this->file), 'pad' => str_repeat('x', 500)]);
        EventBus::unsubscribe('import.progress', $listener);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    (new ImportJob(str_repeat("row;{$i}\n", 40)))->run();
}
