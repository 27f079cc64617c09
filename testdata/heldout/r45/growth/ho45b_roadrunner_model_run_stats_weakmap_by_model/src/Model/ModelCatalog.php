<?php

namespace Nwp\Api\Model;

final class ModelCatalog
{
    /** @var array<string, ModelDefinition> */
    private array $models = [];

    /** @param list<ModelDefinition> $models */
    public function __construct(array $models)
    {
        foreach ($models as $model) {
            $this->models[$model->id] = $model;
        }
    }

    public function find(string $id): ?ModelDefinition
    {
        return $this->models[$id] ?? null;
    }
}
