<?php

namespace App\Imagery;

use App\Message\ProcessImageryTile;

final class NdviCalculator
{
    /** @return array{mean: float, stressed_share: float} */
    public function summarise(ProcessImageryTile $tile): array
    {
        $seed = crc32($tile->tileKey);
        $sum = 0.0;
        $stressed = 0;
        for ($px = 0; $px < 64; $px++) {
            $nir = 0.35 + (($seed >> ($px % 24)) & 0xff) / 1000;
            $red = 0.08 + (($seed >> (($px + 7) % 24)) & 0x7f) / 1000;
            $ndvi = ($nir - $red) / ($nir + $red);
            $sum += $ndvi;
            $stressed += $ndvi < 0.55 ? 1 : 0;
        }

        return ['mean' => $sum / 64, 'stressed_share' => $stressed / 64];
    }
}
