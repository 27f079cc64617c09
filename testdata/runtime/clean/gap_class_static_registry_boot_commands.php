<?php
// A console kernel registers its command factories once at boot in a class-static registry keyed by command name; each job only looks commands up and lazily builds one handler per registered name.

interface ConsoleCommand
{
    public function run(array $args): int;
}

final class CacheClearCommand implements ConsoleCommand
{
    public function run(array $args): int { return count($args); }
}

final class QueueRetryCommand implements ConsoleCommand
{
    public function run(array $args): int { return (int) ($args[0] ?? 0) % 3; }
}

final class SitemapBuildCommand implements ConsoleCommand
{
    public function run(array $args): int { return strlen(implode(',', $args)) > 10 ? 0 : 1; }
}

final class CommandRegistry
{
    /** @var array<string, callable(): ConsoleCommand> */
    private static array $factories = [];
    /** @var array<string, ConsoleCommand> */
    private static array $instances = [];
    /** @var array<string, string> */
    private static array $descriptions = [];

    public static function register(string $name, callable $factory, string $description): void
    {
        self::$factories[$name] = $factory;
        self::$descriptions[$name] = $description;
    }

    public static function resolve(string $name): ?ConsoleCommand
    {
        if (!isset(self::$factories[$name])) {
            return null;
        }
        return self::$instances[$name] ??= (self::$factories[$name])();
    }
}

function boot_console(): void
{
    CommandRegistry::register('cache:clear', static fn () => new CacheClearCommand(), 'Flush the application cache');
    CommandRegistry::register('queue:retry', static fn () => new QueueRetryCommand(), 'Retry failed queue jobs');
    CommandRegistry::register('sitemap:build', static fn () => new SitemapBuildCommand(), 'Regenerate sitemap.xml');
}

function run_console_job(string $line): int
{
    $argv = explode(' ', $line);
    $command = CommandRegistry::resolve(array_shift($argv));
    return $command === null ? 127 : $command->run($argv);
}

boot_console();
$names = ['cache:clear', 'queue:retry', 'sitemap:build', 'migrate:fresh'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    run_console_job($names[$i % 4] . " --job={$i} " . str_repeat('x', 40));
}
