<?php

namespace App\Handler;

use App\Http\Response;
use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Psr\Http\Server\RequestHandlerInterface;

final class CreatePaymentHandler implements RequestHandlerInterface
{
    private int $sequence = 0;

    public function handle(ServerRequestInterface $request): ResponseInterface
    {
        $payload = $request->getParsedBody();
        $payment = [
            'id' => sprintf('pay_%010d', ++$this->sequence),
            'amount' => $payload['amount'],
            'currency' => $payload['currency'],
            'status' => 'authorized',
            'request_id' => $request->getAttribute('request_id'),
        ];

        return new Response(201, ['Content-Type' => 'application/json', 'Location' => '/payments/' . $payment['id']], json_encode($payment));
    }
}
