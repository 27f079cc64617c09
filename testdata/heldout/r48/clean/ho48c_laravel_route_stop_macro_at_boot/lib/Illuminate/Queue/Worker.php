<?php

namespace Illuminate\Contracts\Queue;

interface ShouldQueue
{
}

namespace Illuminate\Queue;

use Illuminate\Foundation\Application;

// A queued job payload as it comes off the connection: the serialized command.
final class Job
{
    public function __construct(public readonly string $payload)
    {
    }

    public function fire(Application $app): void
    {
        $command = unserialize(json_decode($this->payload, true)['data']['command']);
        $command->handle(...array_map(
            fn (\ReflectionParameter $p) => $app->make($p->getType()->getName()),
            (new \ReflectionMethod($command, 'handle'))->getParameters(),
        ));
    }
}

interface Connection
{
    public function pop(string $queue): ?Job;
}

// Stand-in for Illuminate\Queue\Worker::daemon(): one booted application, jobs in a loop.
final class Worker
{
    public function __construct(private Application $app)
    {
    }

    public function daemon(Connection $connection, string $queue, int $maxJobs): void
    {
        $jobsProcessed = 0;
        while ($jobsProcessed < $maxJobs) {
            $job = $connection->pop($queue);
            if ($job === null) {
                break;
            }
            $job->fire($this->app);
            ++$jobsProcessed;
        }
    }
}
