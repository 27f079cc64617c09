<?php

declare(strict_types=1);

namespace App\OpenRtb;

final class BidRequest
{
    private ImpList $imps;

    public function __construct(
        public readonly string $id,
        public readonly int $tmax,
        public readonly array $site,
        public readonly array $device,
    ) {
        $this->imps = new ImpList($this);
    }

    public function imps(): ImpList
    {
        return $this->imps;
    }

    public function pageDomain(): string
    {
        return (string) ($this->site['domain'] ?? '');
    }
}
