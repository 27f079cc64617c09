<?php

namespace App;

use Symfony\Component\EventDispatcher\EventDispatcher;

final class ImportJob
{
    public int $rows = 0;

    public function __construct(public readonly string $file, public readonly string $manifest)
    {
    }
}

final class Importer
{
    public function __construct(private EventDispatcher $events)
    {
    }

    public function import(ImportJob $job): void
    {
        $progress = function (array $row) use ($job): void {
            $job->rows++;
        };
        $this->events->addListener('row', $progress); // leak
        try {
            foreach (range(1, 3) as $n) {
                if ($job->file === '') {
                    throw new \RuntimeException('no file');
                }
                $this->events->dispatch('row', ['n' => $n]);
            }
        } catch (\RuntimeException $e) {
            $this->events->removeListener('row', $progress);
            throw $e;
        }
    }
}
