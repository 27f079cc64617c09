<?php
// A Symfony-style form tree is built per request by a long-lived controller; child forms point back at their parent.

require_once __DIR__ . '/Form/Form.php';
require_once __DIR__ . '/Form/FormBuilder.php';
require_once __DIR__ . '/Controller/ProfileController.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new ProfileController();
for ($i = 0; $i < $n; $i++) {
    $controller->edit(['email' => "user{$i}@example.org", 'bio' => str_repeat('I like PHP. ', 30)]);
}
