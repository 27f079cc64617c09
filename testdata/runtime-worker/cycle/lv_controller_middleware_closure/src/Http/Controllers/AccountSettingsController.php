<?php

namespace App\Http\Controllers;

use App\Accounts\Account;
use App\Accounts\AccountDirectory;
use Closure;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

class AccountSettingsController extends Controller
{
    private ?Account $account = null;

    public function __construct(private AccountDirectory $accounts)
    {
        $this->middleware(function (Request $request, Closure $next) { // leak
            $this->account = $this->accounts->findByToken(substr((string) $request->header('authorization'), 7));

            return $next($request);
        });
    }

    public function edit(): JsonResponse
    {
        return new JsonResponse([
            'email' => $this->account->email,
            'timezone' => $this->account->preferences['timezone'],
        ]);
    }
}
