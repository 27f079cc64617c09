<?php
// A hotel check-in kiosk renders its welcome card once per key and keeps
// it in a function's static memo. The form is handed on as an array, and
// the key holds its locale, checked against the three the kiosk speaks:
// three cards, with the guest filled in on every request.

const CARD_LOCALES = ['en' => 'Welcome', 'pt' => 'Bem-vindo', 'de' => 'Willkommen'];

function card_key(string $locale, array $form): string
{
    return $locale . ':card';
}

function welcome_card(string $locale, array $form): string
{
    static $cards = [];

    $key = card_key($locale, $form);
    if (!isset($cards[$key])) {
        $cards[$key] = sprintf('<h1>%s, {guest}</h1><p>Room {room}</p>%s', CARD_LOCALES[$locale], str_repeat('<li>breakfast 07:00</li>', 24));
    }

    return strtr($cards[$key], ['{guest}' => htmlspecialchars($form['guest']), '{room}' => $form['room']]);
}

final class KioskController
{
    public function __invoke(): string
    {
        $form = $_POST;
        $locale = isset(CARD_LOCALES[$form['locale'] ?? '']) ? $form['locale'] : 'en';

        return welcome_card($locale, $form);
    }
}

$controller = new KioskController();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $_POST = ['locale' => ['en', 'pt', 'de'][$i % 3], 'booking' => 'BK' . (480000 + $i), 'guest' => 'Guest ' . $i, 'room' => (string) (100 + $i % 40)];
    $controller();
}
