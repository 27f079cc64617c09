<?php

namespace App\WorkOrders;

final class WorkOrder
{
    public readonly TaskList $tasks;

    public function __construct(
        public readonly string $number,
        public readonly string $assetId,
        public readonly string $priority,
        public readonly string $crew,
        public readonly string $summary,
        public readonly bool $allowsSubcontract = true,
    ) {
        $this->tasks = new TaskList($this);
    }

    public function addTask(Task $task): self
    {
        $this->tasks->add($task);

        return $this;
    }

    public function toArray(): array
    {
        $tasks = [];
        foreach ($this->tasks as $task) {
            $tasks[] = ['seq' => $task->sequence, 'code' => $task->code, 'crew' => $task->crew];
        }

        return [
            'number' => $this->number,
            'asset' => $this->assetId,
            'priority' => $this->priority,
            'hours' => $this->tasks->totalHours(),
            'tasks' => $tasks,
        ];
    }
}
