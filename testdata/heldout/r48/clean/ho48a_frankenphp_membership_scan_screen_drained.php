<?php

declare(strict_types=1);

// FrankenPHP worker mode stand-in: the script boots once, then
// frankenphp_handle_request() runs the handler for each incoming request.
if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) (getenv('PHPLEAK_N') ?: 100);
        if ($served >= $max) {
            return false;
        }
        $n = $served++;
        $_SERVER['REQUEST_URI'] = '/scan';
        $_POST = ['card' => sprintf('MBR-%05d-%d', 40000 + $n, $n % 9), 'gate' => 'north-' . ($n % 4)];
        $handler();

        return true;
    }
}

final class Member
{
    public function __construct(
        public readonly string $cardNumber,
        public readonly string $name,
        public readonly string $tier,
        public readonly int $guestAllowance,
        public readonly string $notes,
    ) {
    }
}

final class MemberDirectory
{
    public function find(string $card): Member
    {
        $tier = ['Friend', 'Patron', 'Benefactor'][crc32($card) % 3];

        return new Member(
            $card,
            'Member ' . substr($card, 4, 5),
            $tier,
            $tier === 'Friend' ? 0 : 2,
            str_repeat("Renewed by direct debit; prefers the $tier evening previews. ", 4),
        );
    }
}

final class ScanSession
{
    private ?\Generator $screen = null;

    public function __construct(
        private readonly Member $member,
        private readonly string $gate,
        private readonly int $guests,
    ) {
    }

    /** Lines for the turnstile display, produced lazily and memoised. */
    public function screen(): \Generator
    {
        return $this->screen ??= $this->renderScreen();
    }

    private function renderScreen(): \Generator
    {
        yield $this->guests > $this->member->guestAllowance ? 'SEE DESK' : 'WELCOME';
        yield $this->member->name . ' · ' . $this->member->tier;
        yield 'Gate ' . $this->gate . ' · guests ' . $this->guests . '/' . $this->member->guestAllowance;
        yield $this->member->notes;
    }
}

final class Turnstile
{
    /** The LCD has two lines; the rest of the screen is not shown. */
    public function display(\Generator $lines): string
    {
        // drain the generator so it finishes (and lets go of its session),
        // then keep the first two lines
        $all = [];
        foreach ($lines as $line) {
            $all[] = $line;
        }

        return implode("\n", array_slice($all, 0, 2));
    }
}

$directory = new MemberDirectory();
$turnstile = new Turnstile();

$handler = static function () use ($directory, $turnstile): void {
    $member = $directory->find($_POST['card']);
    $session = new ScanSession($member, $_POST['gate'], 1);
    $out = $turnstile->display($session->screen());
    header('X-Turnstile: ' . strlen($out));
};

$requests = 0;
while (frankenphp_handle_request($handler)) {
    $requests++;
}
