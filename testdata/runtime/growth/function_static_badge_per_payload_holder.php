<?php

declare(strict_types=1);

// A queue job renders a badge for the card holder named in its payload and
// memoises the markup in a function static keyed by that holder: one entry
// per holder the worker ever sees.

final class Job
{
    public function __construct(public readonly string $id, public readonly array $payload)
    {
    }
}

function badge_markup(string $holder): string
{
    static $rendered = [];

    return $rendered["badge.{$holder}"] ??= str_repeat("<span class=\"badge\">{$holder}</span>", 20); // leak
}

final class NotifyJobHandler
{
    public int $sent = 0;

    public function handle(Job $job): void
    {
        $this->sent += strlen(badge_markup($job->payload['holder']));
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
    $consumer->consume(new Job('job-' . $i, ['holder' => 'holder-' . (50000 + $i), 'locale' => $locales[$i % 3]]));
}
