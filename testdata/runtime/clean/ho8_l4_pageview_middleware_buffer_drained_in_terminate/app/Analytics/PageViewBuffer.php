<?php

namespace App\Analytics;

class PageViewBuffer
{
    private array $pending = [];
    public int $written = 0;

    public function push(array $view): void
    {
        $this->pending[] = $view;
    }

    public function flush(): void
    {
        $this->written += count($this->pending);
        $this->pending = [];
    }
}
