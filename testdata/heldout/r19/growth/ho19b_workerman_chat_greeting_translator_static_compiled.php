<?php

declare(strict_types=1);

namespace App\I18n;

const SUPPORTED_LOCALES = ['en', 'de', 'nl'];
const FALLBACK_LOCALE = 'en';

/** @return array<string, string> */
function catalogue(string $locale): array
{
    static $catalogues = [];

    return $catalogues[$locale] ??= match ($locale) {
        'de' => [
            'Welcome back, :name!' => 'Willkommen zurück, :name!',
            'You have :count unread messages in :room.' => 'Du hast :count ungelesene Nachrichten in :room.',
        ],
        'nl' => [
            'Welcome back, :name!' => 'Welkom terug, :name!',
            'You have :count unread messages in :room.' => 'Je hebt :count ongelezen berichten in :room.',
        ],
        default => [],
    };
}

/** @return list<array{0: bool, 1: string}> parts, true for a placeholder */
function compile_message(string $message): array
{
    $parts = [];
    foreach (preg_split('/(:[a-z_]+)/', $message, -1, \PREG_SPLIT_DELIM_CAPTURE | \PREG_SPLIT_NO_EMPTY) as $chunk) {
        $parts[] = $chunk[0] === ':' ? [true, substr($chunk, 1)] : [false, $chunk];
    }

    return $parts;
}

/** @param array<string, scalar> $replace */
function __(string $key, array $replace = [], ?string $locale = null): string
{
    static $compiled = [];

    $locale = in_array($locale, SUPPORTED_LOCALES, true) ? $locale : FALLBACK_LOCALE;
    $parts = $compiled["{$locale}.{$key}"] ??= compile_message(catalogue($locale)[$key] ?? $key); // leak

    $line = '';
    foreach ($parts as [$isPlaceholder, $text]) {
        $line .= $isPlaceholder ? (string) ($replace[$text] ?? ':' . $text) : $text;
    }

    return $line;
}

namespace App\Chat;

use function App\I18n\__;

final class Member
{
    public function __construct(
        public readonly int $id,
        public readonly string $name,
        public readonly string $locale,
    ) {
    }
}

final class Room
{
    public function __construct(public readonly string $slug, public readonly string $title, public int $unread = 0)
    {
    }
}

final class GreetingComposer
{
    /** @return array{type: string, lines: list<string>} */
    public function compose(Member $member, Room $room): array
    {
        return [
            'type' => 'greeting',
            'lines' => [
                __("Welcome back, {$member->name}!", [], $member->locale),
                __("You have {$room->unread} unread messages in {$room->title}.", [], $member->locale),
            ],
        ];
    }
}

final class JoinHandler
{
    public function __construct(private readonly GreetingComposer $composer)
    {
    }

    /** @param array{member: int, name: string, locale: string, room: string, unread: int} $frame */
    public function handle(array $frame): string
    {
        $member = new Member($frame['member'], $frame['name'], $frame['locale']);
        $room = new Room($frame['room'], ucwords(str_replace('-', ' ', $frame['room'])), $frame['unread']);

        return json_encode($this->composer->compose($member, $room), \JSON_THROW_ON_ERROR);
    }
}

namespace Workerman;

/** Stand-in of a Workerman websocket worker: onMessage runs for every frame, in one process. */
final class Worker
{
    public ?\Closure $onMessage = null;

    public function __construct(public readonly string $socketName)
    {
    }

    public function runAll(int $frames): void
    {
        $rooms = ['general', 'release-planning', 'support-escalations', 'random'];
        for ($i = 0; $i < $frames; $i++) {
            $payload = json_encode([
                'member' => 1000 + $i,
                'name' => "Guest user #{$i}",
                'locale' => ['en', 'de', 'nl', 'pt'][$i % 4],
                'room' => $rooms[$i % 4],
                'unread' => ($i * 7) % 250,
            ]);
            ($this->onMessage)($i, $payload);
        }
    }
}

namespace App;

use App\Chat\GreetingComposer;
use App\Chat\JoinHandler;
use Workerman\Worker;

$handler = new JoinHandler(new GreetingComposer());
$worker = new Worker('websocket://0.0.0.0:2346');
$worker->onMessage = static function (int $connectionId, string $data) use ($handler): void {
    $reply = $handler->handle(json_decode($data, true, 4, \JSON_THROW_ON_ERROR));
};

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker->runAll($n);
