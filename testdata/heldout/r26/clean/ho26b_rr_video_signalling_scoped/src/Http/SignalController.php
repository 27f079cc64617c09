<?php

declare(strict_types=1);

namespace App\Http;

use App\Signalling\CallContext;
use App\Signalling\SignalMessage;
use App\Signalling\Signalling;
use Nyholm\Psr7\Response;
use Nyholm\Psr7\ServerRequest;

final class SignalController
{
    private const TYPES = ['offer', 'answer', 'ice', 'hangup'];

    public function __invoke(ServerRequest $request): Response
    {
        $message = SignalMessage::fromJson($request->getBody());
        if (!\in_array($message->type, self::TYPES, true)) {
            return new Response(422, [], '{"error":"unknown signal"}');
        }

        $hub = Signalling::hub();
        $hub->enterCall($this->contextFor($request, $message));
        try {
            $node = $hub->relay($message);
        } finally {
            $hub->leaveCall();
        }

        return new Response(202, ['Content-Type' => 'application/json'], \json_encode(['relayed_via' => $node]));
    }

    private function contextFor(ServerRequest $request, SignalMessage $message): CallContext
    {
        return new CallContext(
            (string) $request->getAttribute('callId'),
            $message->from,
            $message->to,
            $message->type,
            $request->getHeaderLine('traceparent'),
            $request->getHeaderLine('user-agent'),
            (float) $request->getHeaderLine('x-received-at'),
            [
                'route' => $request->getMethod() . ' ' . $request->getUri(),
                'edge' => $request->getHeaderLine('x-edge-region'),
                'client_version' => \strtok($request->getHeaderLine('user-agent'), ' '),
            ],
        );
    }
}
