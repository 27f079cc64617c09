<?php

namespace App\Maintenance;

final class MaintenanceWindow
{
    public function __construct(private string $startsAt, private string $endsAt)
    {
    }

    public function describe(): string
    {
        return $this->startsAt.'/'.$this->endsAt;
    }
}
