<?php
namespace App\Support;

use Illuminate\Database\Eloquent\Model;

final class PendingTouches
{
    private array $models = [];

    public function touch(Model $model): void
    {
        $this->models[] = $model;
    }

    public function save(): void
    {
        foreach ($this->models as $model) {
            $model->save();
        }
        $this->models = [];
    }
}
