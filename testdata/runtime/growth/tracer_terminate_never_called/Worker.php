<?php

final class Worker
{
    public function __construct(private Tracer $tracer) {}

    public function process(array $job): void
    {
        $this->tracer->span('job.' . $job['type'], ['job.id' => $job['id'], 'job.payload' => json_encode($job) . str_repeat(' ', 500)]);
    }
}
