<?php

namespace Illuminate\Queue;

trait InteractsWithQueue
{
    public ?int $releasedFor = null;

    public function release(int $delay = 0): void
    {
        $this->releasedFor = $delay;
    }
}

/** Minimal container: resolves handle() dependencies by class name. */
final class Container
{
    /** @var array<class-string, object> */
    private array $instances = [];

    public function instance(string $abstract, object $instance): void
    {
        $this->instances[$abstract] = $instance;
    }

    public function call(object $target, string $method): mixed
    {
        $args = [];
        foreach ((new \ReflectionMethod($target, $method))->getParameters() as $param) {
            $args[] = $this->instances[$param->getType()->getName()];
        }
        return $target->{$method}(...$args);
    }
}

/** Stand-in for queue:work --queue=housekeeping: pops payloads, runs jobs. */
final class Worker
{
    private int $processed = 0;
    private int $released = 0;

    public function __construct(private Container $container)
    {
    }

    /** @param iterable<string> $payloads serialized jobs as they come off Redis */
    public function daemon(iterable $payloads): void
    {
        foreach ($payloads as $payload) {
            $job = unserialize($payload);
            $this->container->call($job, 'handle');
            $job->releasedFor === null ? $this->processed++ : $this->released++;
        }
    }
}
