<?php
// A storefront front controller running in a worker loop detects the visitor's device and locale through helper functions with static memo tables.

declare(strict_types=1);

namespace Storefront\Support;

const SUPPORTED_LOCALES = ['en', 'de', 'fr', 'it', 'es', 'nl'];
const DEFAULT_LOCALE = 'en';

/**
 * Parses an Accept-Language header and returns the best supported locale.
 */
function negotiate_locale(string $acceptLanguage): string
{
    static $resolved = [];

    $candidates = [];
    foreach (explode(',', $acceptLanguage) as $part) {
        $pieces = explode(';q=', trim($part));
        $tag = strtolower(substr($pieces[0], 0, 2));
        $candidates[$tag] = max($candidates[$tag] ?? 0.0, isset($pieces[1]) ? (float) $pieces[1] : 1.0);
    }
    arsort($candidates);

    foreach (array_keys($candidates) as $tag) {
        if (in_array($tag, SUPPORTED_LOCALES, true)) {
            return $resolved[$tag] ??= $tag;
        }
    }

    return DEFAULT_LOCALE;
}

/**
 * Detects device characteristics from the User-Agent header.
 *
 * @return array{family: string, os: string, mobile: bool, bot: bool, capabilities: list<string>, viewport: array<string, int>}
 */
function detect_device(string $userAgent): array
{
    static $profiles = [];

    $mobile = str_contains($userAgent, 'Mobile') || str_contains($userAgent, 'Android');
    $bot = (bool) preg_match('/bot|crawler|spider/i', $userAgent);
    $family = match (true) {
        str_contains($userAgent, 'Firefox') => 'firefox',
        str_contains($userAgent, 'Edg/') => 'edge',
        str_contains($userAgent, 'Chrome') => 'chrome',
        str_contains($userAgent, 'Safari') => 'safari',
        default => 'other',
    };
    $os = match (true) {
        str_contains($userAgent, 'Android') => 'android',
        str_contains($userAgent, 'iPhone') => 'ios',
        str_contains($userAgent, 'Windows') => 'windows',
        str_contains($userAgent, 'Mac OS X') => 'macos',
        default => 'linux',
    };

    $class = sprintf('%s/%s/%s%s', $family, $os, $mobile ? 'm' : 'd', $bot ? 'b' : '');
    if (isset($profiles[$class])) {
        return $profiles[$class];
    }

    $profile = [
        'family' => $family,
        'os' => $os,
        'mobile' => $mobile,
        'bot' => $bot,
        'capabilities' => preg_split('/[\s;()\/]+/', "{$family} {$os} webp avif es2020", -1, PREG_SPLIT_NO_EMPTY) ?: [],
        'viewport' => $mobile ? ['width' => 390, 'dpr' => 3] : ['width' => 1440, 'dpr' => 1],
    ];
    $profiles[$class] = $profile;

    return $profile;
}

function template_for(array $device, string $locale): string
{
    $layout = $device['mobile'] ? 'mobile' : 'desktop';

    return "themes/default/{$layout}/home.{$locale}.html.twig";
}

namespace Storefront;

use function Storefront\Support\detect_device;
use function Storefront\Support\negotiate_locale;
use function Storefront\Support\template_for;

final class HomePageAction
{
    private int $rendered = 0;

    /** @param array<string, string> $server */
    public function handle(array $server): string
    {
        $device = detect_device($server['HTTP_USER_AGENT'] ?? '');
        $locale = negotiate_locale($server['HTTP_ACCEPT_LANGUAGE'] ?? '');
        $this->rendered++;

        return template_for($device, $locale);
    }
}

/**
 * Produces synthetic $_SERVER arrays the way a load balancer would forward them.
 */
final class TrafficReplay
{
    private const AGENTS = [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36',
        'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Mobile Safari/537.36',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_%d) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.%d Safari/605.1.%d',
    ];
    private const LANGUAGES = ['de-CH,de;q=0.9,en;q=0.7', 'fr-FR,fr;q=0.9', 'pt-BR,pt;q=0.9,en;q=0.5', 'en-GB,en;q=0.9'];

    /** @return array<string, string> */
    public function next(int $i): array
    {
        return [
            'REQUEST_METHOD' => 'GET',
            'REQUEST_URI' => '/',
            'HTTP_USER_AGENT' => sprintf(self::AGENTS[$i % 3], 100 + $i % 24, 6000 + $i, $i * 7 % 200),
            'HTTP_ACCEPT_LANGUAGE' => self::LANGUAGES[$i % 4],
            'REMOTE_ADDR' => '10.0.' . ($i % 250) . '.' . ($i % 7),
        ];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$replay = new TrafficReplay();
$action = new HomePageAction();
for ($i = 0; $i < $n; $i++) {
    $action->handle($replay->next($i));
}
