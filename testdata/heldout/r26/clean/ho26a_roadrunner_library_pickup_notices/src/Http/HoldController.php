<?php

namespace App\Http;

use App\Holds\HoldService;
use Spiral\Stub\PsrRequest;
use Spiral\Stub\PsrResponse;

final class HoldController
{
    public function __construct(private HoldService $holds)
    {
    }

    public function store(PsrRequest $request): PsrResponse
    {
        $body = $request->getParsedBody();
        $position = $this->holds->place(
            $body['card'],
            $body['email'],
            $body['title_id'],
            $body['branch'],
            new \DateTimeImmutable('@' . $body['ts']),
        );
        return new PsrResponse(201, (string) $position);
    }
}
