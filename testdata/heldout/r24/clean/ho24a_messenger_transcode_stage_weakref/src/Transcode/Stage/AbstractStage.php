<?php

declare(strict_types=1);

namespace App\Transcode\Stage;

use App\Transcode\TranscodePipeline;

interface StageInterface
{
    public function name(): string;

    public function run(): string;
}

abstract class AbstractStage implements StageInterface
{
    /** @var \WeakReference<TranscodePipeline> */
    private \WeakReference $pipelineRef;

    public function __construct(
        TranscodePipeline $pipeline,
        protected array $options = [],
    ) {
        $this->pipelineRef = \WeakReference::create($pipeline);
    }

    protected function pipeline(): TranscodePipeline
    {
        return $this->pipelineRef->get()
            ?? throw new \LogicException(sprintf('Stage "%s" outlived its pipeline', $this->name()));
    }

    protected function workdir(): string
    {
        return sprintf('/var/transcode/%s/%s', $this->pipeline()->job->videoId, $this->name());
    }
}
