<?php
// A static event bus remembers subscribers by object id so that the same
// one is never added twice. Each import job subscribes its own progress
// method as a first-class callable: a new Closure every time.

final class EventBus
{
    private static array $subscribers = [];

    public static function subscribe(string $event, callable $fn): void
    {
        self::$subscribers[$event][spl_object_id($fn)] = $fn; // leak
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
        EventBus::subscribe('import.progress', $this->progress(...)); // leak
        EventBus::publish('import.progress', ['rows' => strlen($this->file), 'pad' => str_repeat('x', 500)]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    (new ImportJob(str_repeat("row;{$i}\n", 40)))->run();
}
