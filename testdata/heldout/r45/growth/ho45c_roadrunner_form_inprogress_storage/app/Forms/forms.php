<?php

declare(strict_types=1);

use App\Forms\RegistrationSubmission;

return [
    'contact-us' => [
        'title' => 'Talk to our research team',
        'fields' => [
            ['name' => 'name', 'label' => 'Your name', 'required' => true, 'maxLength' => 120],
            ['name' => 'email', 'label' => 'Work email', 'type' => 'email', 'required' => true],
            ['name' => 'company', 'label' => 'Company'],
            ['name' => 'message', 'label' => 'How can we help?', 'required' => true, 'maxLength' => 2000],
            ['name' => 'consent', 'label' => 'I agree to be contacted', 'required' => true, 'choices' => ['yes']],
        ],
    ],
    'event-registration' => [
        'title' => 'Insights Summit registration',
        'class' => RegistrationSubmission::class,
        'fields' => [
            ['name' => 'name', 'label' => 'Full name', 'required' => true, 'maxLength' => 120],
            ['name' => 'email', 'label' => 'Email', 'type' => 'email', 'required' => true],
            ['name' => 'attendees', 'label' => 'Number of attendees', 'type' => 'number', 'required' => true],
            ['name' => 'diet', 'label' => 'Dietary requirements', 'choices' => ['none', 'vegetarian', 'vegan', 'gluten-free']],
            ['name' => 'message', 'label' => 'Notes for the organisers'],
        ],
    ],
    'product-feedback' => [
        'title' => 'Tell us about the new editor',
        'fields' => [
            ['name' => 'rating', 'label' => 'Rating', 'type' => 'number', 'required' => true, 'choices' => ['1', '2', '3', '4', '5']],
            ['name' => 'message', 'label' => 'What should we improve?', 'maxLength' => 2000],
            ['name' => 'email', 'label' => 'Email (optional)', 'type' => 'email'],
        ],
    ],
];
