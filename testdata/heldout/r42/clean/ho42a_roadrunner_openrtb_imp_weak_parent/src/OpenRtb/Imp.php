<?php

declare(strict_types=1);

namespace App\OpenRtb;

final class Imp
{
    /** @var \WeakReference<BidRequest>|null */
    private ?\WeakReference $request = null;

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
        $this->request = \WeakReference::create($request);
    }

    public function request(): BidRequest
    {
        return $this->request?->get() ?? throw new \LogicException('imp is not attached to a bid request');
    }

    public function slotKey(): string
    {
        return $this->request()->pageDomain() . '/' . $this->tagId . '@' . $this->width . 'x' . $this->height;
    }
}
