<?php

declare(strict_types=1);

require __DIR__ . '/roadrunner.php';
require __DIR__ . '/form.php';

use App\Form\EmailField;
use App\Form\FormBuilder;
use App\Form\TextField;
use App\Form\Translator;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\Response;

$worker = new PSR7Worker();
$translator = new Translator();

while ($request = $worker->waitRequest()) {
    $form = (new FormBuilder($translator))
        ->add('email', EmailField::class, ['required' => true])
        ->add('display_name', TextField::class, ['required' => true, 'max_length' => 64])
        ->add('bio', TextField::class, ['max_length' => 2000]);

    $result = $form->handle($request->getParsedBody());
    $status = $result['errors'] === [] ? 200 : 422;
    $worker->respond(new Response($status, json_encode($result)));
}
