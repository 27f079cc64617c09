<?php

namespace Illuminate\Queue\Console;

use Illuminate\Console\Command;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

class WorkCommand extends Command
{
    protected $signature = 'queue:work
                            {connection? : The name of the queue connection to work}
                            {--queue= : The names of the queues to work}
                            {--once : Only process the next job on the queue}
                            {--stop-when-empty : Stop when the queue is empty}
                            {--max-jobs=0 : The number of jobs to process before stopping}';

    protected $description = 'Start processing jobs on the queue as a daemon';

    public function __construct(protected Worker $worker)
    {
    }

    public function handle()
    {
        $connection = $this->argument('connection') ?: $this->laravel['config']->get('queue.default', 'database');
        $queue = $this->option('queue') ?: 'default';
        $options = new WorkerOptions(stopWhenEmpty: (bool) $this->option('stop-when-empty'), maxJobs: (int) $this->option('max-jobs'));

        if ($this->option('once')) {
            $this->worker->runNextJob($connection, $queue, $options);
            return 0;
        }

        return $this->worker->daemon($connection, $queue, $options);
    }
}
