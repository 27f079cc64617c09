<?php

namespace Nwp\Api\Model;

/** One initialisation of a model, as addressed by the request. */
final class ModelRun
{
    public function __construct(
        public readonly ModelDefinition $model,
        public readonly string $cycle,
    ) {
    }

    public function label(): string
    {
        return sprintf('%s %sZ', strtoupper($this->model->id), substr($this->cycle, 0, 8) . ' ' . substr($this->cycle, 8, 2));
    }
}
