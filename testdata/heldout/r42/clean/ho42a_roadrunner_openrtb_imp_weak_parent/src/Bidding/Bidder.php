<?php

declare(strict_types=1);

namespace App\Bidding;

use App\OpenRtb\BidRequest;

final class Bidder
{
    /** @param array<string, float> $slotPrices boot-time price table per slot size */
    public function __construct(private readonly array $slotPrices, private readonly string $seat)
    {
    }

    public function respond(BidRequest $request): ?array
    {
        $bids = [];
        foreach ($request->imps() as $imp) {
            $price = $this->slotPrices[$imp->width . 'x' . $imp->height] ?? null;
            if ($price === null || $price < $imp->bidFloor) {
                continue;
            }
            $bids[] = [
                'id' => $imp->request()->id . '-' . $imp->id,
                'impid' => $imp->id,
                'price' => $price,
                'adomain' => ['brand.example'],
                'ext' => ['slot' => $imp->slotKey()],
            ];
        }

        if ($bids === []) {
            return null;
        }

        return ['id' => $request->id, 'seatbid' => [['seat' => $this->seat, 'bid' => $bids]], 'cur' => 'USD'];
    }
}
