<?php

namespace App\Http\Controllers;

use App\Repositories\AccountRepository;
use App\Support\Facades\Tariff;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class BillPreviewController
{
    public function __construct(private AccountRepository $accounts)
    {
    }

    public function show(Request $request): JsonResponse
    {
        $account = $this->accounts->find($request->route('account'));
        $kgal = (float) $request->input('kgal', 0);
        $schedule = Tariff::scheduleFor($account);

        return new JsonResponse([
            'account' => $account->number,
            'tariff' => $schedule->description,
            'consumption_kgal' => $kgal,
            'estimate' => $schedule->charge($kgal),
        ]);
    }
}
