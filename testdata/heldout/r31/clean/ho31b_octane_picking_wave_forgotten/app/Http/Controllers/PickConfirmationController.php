<?php

declare(strict_types=1);

namespace App\Http\Controllers;

use App\Facades\Waves;

final class PickConfirmationController
{
    public function store(array $request, string $waveId): array
    {
        $picker = $request['headers']['x-picker-badge'] ?? 'anonymous';
        $result = Waves::confirmPick($waveId, $request['input'], $picker);
        return ['status' => 201, 'body' => $result];
    }
}
