<?php

namespace App\Http;

use App\Facades\Statements;
use App\Receipts\Donation;
use App\Receipts\StatementMailer;
use Illuminate\Stub\JsonResponse;
use Illuminate\Stub\Request;

final class DonationCheckoutController
{
    public function __construct(private StatementMailer $mailer, private PaymentGateway $gateway)
    {
    }

    public function store(Request $request): JsonResponse
    {
        $charge = $this->gateway->charge($request->json('payment_token'), (int) $request->json('amount_pence'));
        if (!$charge['ok']) {
            return new JsonResponse(['error' => 'card_declined'], 402);
        }

        $donation = new Donation(
            'DN-' . $charge['id'],
            $request->json('donor_id'),
            $request->json('name'),
            $request->json('address'),
            (int) $request->json('amount_pence'),
            (bool) $request->json('gift_aid'),
            new \DateTimeImmutable($request->json('received_at')),
            $request->json('campaign', 'general'),
        );

        $this->mailer->sendReceipt($donation);
        Statements::record($donation);

        return new JsonResponse(['donation' => $donation->id], 201);
    }
}

final class PaymentGateway
{
    public function charge(string $token, int $amount): array
    {
        return ['ok' => $amount > 0 && !str_starts_with($token, 'tok_decline'), 'id' => substr(md5($token), 0, 12)];
    }
}
