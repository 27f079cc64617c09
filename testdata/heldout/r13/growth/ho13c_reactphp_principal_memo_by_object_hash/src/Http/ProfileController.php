<?php

declare(strict_types=1);

namespace App\Http;

use App\Auth\PrincipalResolver;
use React\Http\Message\Response;
use React\Http\Message\ServerRequest;

final class ProfileController
{
    public function __construct(private readonly PrincipalResolver $principals)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $principal = $this->principals->principalFor($request);

        return Response::json([
            'id' => $principal->userId,
            'tenant' => $principal->tenant,
            'can_order' => $principal->can('orders:write'),
        ]);
    }
}
