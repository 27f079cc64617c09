<?php

declare(strict_types=1);

// A queue job renders a badge in the locale named in its payload and
// memoises the markup in a function static keyed by that locale: one
// entry per locale.

final class Job
{
    public function __construct(public readonly string $id, public readonly array $payload)
    {
    }
}

function badge_markup(string $locale): string
{
    static $rendered = [];

    return $rendered["badge.{$locale}"] ??= str_repeat("<span class=\"badge\" lang=\"{$locale}\">new</span>", 20);
}

final class NotifyJobHandler
{
    public int $sent = 0;

    public function handle(Job $job): void
    {
        $this->sent += strlen(badge_markup($job->payload['locale']));
    }
}

final class Consumer
{
    public function __construct(private NotifyJobHandler $handler)
    {
    }

    public function consume(Job $job): void
    {
        $this->handler->handle($job);
    }
}

$consumer = new Consumer(new NotifyJobHandler());
$locales = ['en', 'de', 'fr'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $consumer->consume(new Job('job-' . $i, ['user' => 'user-' . (50000 + $i), 'locale' => $locales[$i % 3]]));
}
