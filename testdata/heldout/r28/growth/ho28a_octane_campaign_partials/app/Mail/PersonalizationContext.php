<?php

namespace App\Mail;

use App\Audience\Recipient;

final class PersonalizationContext
{
    public static function for(Recipient $recipient, array $campaign, string $secret): array
    {
        $token = hash_hmac('sha256', $recipient->id . '|' . $campaign['id'], $secret);

        return [
            'first_name' => ucfirst($recipient->firstName),
            'email' => $recipient->email,
            'locale' => $recipient->locale,
            'campaign_name' => $campaign['name'],
            'unsubscribe_url' => 'https://mail.example.com/u/' . $campaign['id'] . '/' . $recipient->id . '?t=' . $token,
            'view_online_url' => 'https://mail.example.com/v/' . $campaign['id'] . '/' . base64_encode($recipient->email),
            'preheader' => sprintf('%s, %s ends soon', ucfirst($recipient->firstName), $campaign['name']),
            'segments' => implode(',', $recipient->tags),
        ];
    }
}
