<?php

namespace App\Warehouse;

/**
 * Keeps the pick lists that handhelds are currently working on, so a scan
 * can be matched to its list without another database round-trip.
 */
final class PickListRegistry
{
    /** @var array<string, PickList> */
    private array $active = [];

    public function open(PickList $list): void
    {
        $this->active[$this->keyFor($list->id)] = $list; // leak
    }

    public function get(string $id): ?PickList
    {
        return $this->active[$this->keyFor($id)] ?? null;
    }

    public function forget(string $id): void
    {
        unset($this->active[$this->keyFor($id)]);
    }

    public function count(): int
    {
        return \count($this->active);
    }

    private function keyFor(string $id): string
    {
        return 'pick:' . strtoupper($id);
    }
}
