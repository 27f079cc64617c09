<?php

declare(strict_types=1);

namespace App\OpenRtb;

final class Imp
{
    private ?BidRequest $request = null;

    public function __construct(
        public readonly string $id,
        public readonly string $tagId,
        public readonly float $bidFloor,
        public readonly int $width,
        public readonly int $height,
    ) {
    }

    public function attachTo(BidRequest $request): void
    {
        $this->request = $request; // leak
    }

    public function request(): BidRequest
    {
        return $this->request ?? throw new \LogicException('imp is not attached to a bid request');
    }

    public function slotKey(): string
    {
        return $this->request()->pageDomain() . '/' . $this->tagId . '@' . $this->width . 'x' . $this->height;
    }
}
