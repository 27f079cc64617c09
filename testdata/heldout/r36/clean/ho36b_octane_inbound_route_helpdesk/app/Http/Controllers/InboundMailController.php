<?php

namespace App\Http\Controllers;

use App\Mail\Inbound\InboundMessageFactory;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;

final class InboundMailController
{
    public function __construct(private InboundMessageFactory $messages)
    {
    }

    public function postmark(Request $request): JsonResponse
    {
        if ($request->header('x-postmark-token') === null) {
            return new JsonResponse(['message' => 'Unauthorized'], 401);
        }

        $message = $this->messages->fromPostmarkPayload($request);

        return new JsonResponse([
            'mailbox' => $message->mailbox,
            'ticket' => $message->ticketNumber(),
            'from' => $message->fromAddress,
            'length' => strlen($message->subject) + strlen($message->fromName),
        ], $message->mailbox === 'unrouted' ? 202 : 200);
    }
}
