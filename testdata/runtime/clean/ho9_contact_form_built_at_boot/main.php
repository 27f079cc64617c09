<?php
// A RoadRunner HTTP worker whose contact form and its fields are built through Form::add() once at boot and bound on every request.

require __DIR__ . '/vendor/roadrunner.php';
require __DIR__ . '/src/Form/Form.php';
require __DIR__ . '/src/Form/Field.php';
require __DIR__ . '/src/ContactController.php';

use App\ContactController;
use App\Form\Form;
use Spiral\RoadRunner\Http\PSR7Worker;

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$form = new Form('contact');
$form->add('name', 'Your name');
$form->add('email', 'E-mail address');
$form->add('message', 'Message');

$worker = new PSR7Worker($n);
$controller = new ContactController($form);

while ($request = $worker->waitRequest()) {
    [$status, $body] = $controller($request);
    $worker->respond($status, $body);
}
