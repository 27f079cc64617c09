<?php

namespace App\Http;

use App\Pledge\Pledge;
use App\Pledge\PledgeNotifier;
use React\Http\Response;
use React\Http\ServerRequest;

final class PledgeController
{
    private int $sequence = 0;

    public function __construct(private readonly PledgeNotifier $notifier)
    {
    }

    public function __invoke(ServerRequest $request): Response
    {
        $body = $request->parsedBody;
        if (($body['amount'] ?? 0) < 500) {
            return new Response(422, ['Content-Type' => 'application/json'], '{"error":"minimum pledge is £5"}');
        }

        $pledge = new Pledge(
            sprintf('PL-%08d', ++$this->sequence),
            $body['donor'],
            $body['email'],
            (int) $body['amount'],
            $body['campaign'],
            $body['message'] ?? '',
        );
        $this->notifier->pledged($pledge);

        return new Response(201, ['Content-Type' => 'application/json'], json_encode(['id' => $pledge->id]));
    }
}
