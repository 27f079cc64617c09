<?php

namespace App\Licensing;

/** One open reading session on a DRM-licensed e-book. */
final class LicenceLease
{
    public function __construct(
        public readonly string $isbn,
        public readonly string $patronId,
        public readonly int $session,
        public readonly string $drmToken,
    ) {
    }

    public function id(): string
    {
        return LeaseCodec::encode($this);
    }
}

/** Lease ids travel in URLs and DRM callbacks as "isbn:patron:session". */
final class LeaseCodec
{
    public static function encode(LicenceLease $lease): string
    {
        return $lease->isbn . ':' . $lease->patronId . ':' . $lease->session;
    }

    public static function decode(string $id): LicenceLease
    {
        [$isbn, $patron, $session] = explode(':', $id, 3);

        return new LicenceLease($isbn, $patron, (int) $session, self::token($isbn, $patron, (int) $session));
    }

    public static function token(string $isbn, string $patron, int $session): string
    {
        return str_repeat(hash('sha256', "{$isbn}|{$patron}|{$session}"), 12);
    }
}
