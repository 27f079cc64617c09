<?php

namespace App\Auth;

/**
 * Talks to the OAuth 2.0 authorization server's RFC 7662 introspection
 * endpoint. The HTTP round trip is simulated; the response shape is real.
 */
final class AuthorizationServerClient
{
    public function __construct(
        private string $endpoint,
        private string $clientId,
        private string $clientSecret,
    ) {
    }

    public function introspect(string $token): array
    {
        $digest = hash('sha256', $token);
        $subject = 'user-' . hexdec(substr($digest, 0, 6));

        return [
            'active' => true,
            'scope' => 'openid profile email orders:read orders:write invoices:read',
            'client_id' => 'spa-' . substr($digest, 6, 4),
            'username' => $subject . '@customers.example.com',
            'token_type' => 'Bearer',
            'sub' => $subject,
            'aud' => 'https://api.example.com',
            'iss' => $this->endpoint,
            'jti' => substr($digest, 10, 32),
            'acr' => 'urn:mace:incommon:iap:silver',
            'amr' => ['pwd', 'otp'],
        ];
    }
}
