<?php

declare(strict_types=1);

// FrankenPHP worker-mode stand-in: the real SAPI resets the superglobals and
// calls the handler once per request; false means the worker should exit.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $i = $served++;
        $_SERVER['REQUEST_URI'] = '/kiosk/check-in';
        $_SERVER['REQUEST_TIME'] = 1717250400 + $i * 53;
        $_SERVER['HTTP_ACCEPT_LANGUAGE'] = ['en-GB', 'pt-PT', 'de-DE', 'fr-FR'][$i % 4];
        $_POST = [
            'confirmation' => sprintf('CNF%08d', 73000000 + $i * 13),
            'surname' => ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Silva', 'Novak'][$i % 6],
            'given' => ['Adaeze', 'Erik', 'Camille', 'Haruto', 'Beatriz', 'Jana'][$i % 6],
            'room' => (string) (200 + ($i * 7) % 380),
            'tier' => ['member', 'silver', 'gold', 'platinum'][$i % 4],
            'nights' => (string) (1 + $i % 6),
        ];
        $handler();
        return true;
    }
}

enum LoyaltyTier: string
{
    case Member = 'member';
    case Silver = 'silver';
    case Gold = 'gold';
    case Platinum = 'platinum';

    public function perks(): string
    {
        return match ($this) {
            self::Member => 'Free Wi-Fi throughout the hotel.',
            self::Silver => 'Free Wi-Fi and a welcome drink at the Lobby Bar.',
            self::Gold => 'Breakfast for two at Terrace, late checkout until 14:00, welcome drink.',
            self::Platinum => 'Club lounge access, breakfast, suite upgrade when available, checkout until 16:00.',
        };
    }
}

const KIOSK_LOCALES = ['en-GB' => 'Welcome', 'pt-PT' => 'Bem-vindo', 'de-DE' => 'Willkommen', 'fr-FR' => 'Bienvenue'];

function kiosk_locale(): string
{
    $requested = $_SERVER['HTTP_ACCEPT_LANGUAGE'] ?? 'en-GB';
    return isset(KIOSK_LOCALES[$requested]) ? $requested : 'en-GB';
}

function banner_cache_key(string $locale, LoyaltyTier $tier, array $stay): string
{
    return "{$locale}:{$tier->value}:{$stay['confirmation']}";
}

function render_welcome_banner(string $locale, LoyaltyTier $tier, array $stay): string
{
    static $rendered = [];

    $key = banner_cache_key($locale, $tier, $stay);
    if (!isset($rendered[$key])) {
        $rendered[$key] = sprintf( // leak
            '<section class="banner banner--%s"><h1>%s, %s %s</h1><p>Room %s is ready for your %d-night stay.</p><p class="perks">%s</p><ul class="info"><li>Breakfast is served at Terrace from 07:00 to 10:30 (11:00 at weekends).</li><li>Wi-Fi network: Harbour-Guest, access code on your key card sleeve.</li><li>Spa and pool open 08:00 to 21:00; towels in the wardrobe.</li></ul><footer>Reservation %s</footer></section>',
            $tier->value,
            KIOSK_LOCALES[$locale],
            htmlspecialchars($stay['given']),
            htmlspecialchars($stay['surname']),
            htmlspecialchars($stay['room']),
            (int) $stay['nights'],
            $tier->perks(),
            htmlspecialchars($stay['confirmation']),
        );
    }
    return $rendered[$key];
}

final class CheckInKioskController
{
    private int $cardsIssued = 0;

    public function __invoke(): string
    {
        $stay = $_POST;
        $tier = LoyaltyTier::tryFrom($stay['tier'] ?? '') ?? LoyaltyTier::Member;
        $this->cardsIssued++;
        return render_welcome_banner(kiosk_locale(), $tier, $stay);
    }
}

$controller = new CheckInKioskController();
$handler = static function () use ($controller): void {
    $html = $controller();
    $length = strlen($html);
};
while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
