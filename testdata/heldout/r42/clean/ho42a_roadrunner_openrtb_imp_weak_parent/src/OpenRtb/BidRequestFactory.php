<?php

declare(strict_types=1);

namespace App\OpenRtb;

final class BidRequestFactory
{
    public function fromJson(string $json): BidRequest
    {
        $data = json_decode($json, true, 32, JSON_THROW_ON_ERROR);
        $request = new BidRequest(
            (string) $data['id'],
            (int) ($data['tmax'] ?? 100),
            $data['site'] ?? [],
            $data['device'] ?? [],
        );

        foreach ($data['imp'] ?? [] as $imp) {
            $request->imps()->add($this->imp($imp));
        }

        return $request;
    }

    private function imp(array $imp): Imp
    {
        return new Imp(
            (string) $imp['id'],
            (string) ($imp['tagid'] ?? ''),
            (float) ($imp['bidfloor'] ?? 0.0),
            (int) ($imp['banner']['w'] ?? 0),
            (int) ($imp['banner']['h'] ?? 0),
        );
    }
}
