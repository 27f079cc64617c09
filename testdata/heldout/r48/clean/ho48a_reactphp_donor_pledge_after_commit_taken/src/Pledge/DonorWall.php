<?php

namespace App\Pledge;

/** The lobby screen: shows the most recent pledge only. */
final class DonorWall
{
    private string $latest = '';

    public function latest(): string
    {
        return $this->latest;
    }
}
