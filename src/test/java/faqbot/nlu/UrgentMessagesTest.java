package faqbot.nlu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Red flags must never be missed, and questions that merely mention the same words must not raise alarms. */
class UrgentMessagesTest {

    static final List<String> EMERGENCIES = List.of(
            "my legs went numb since the procedure",
            "i cant feel my legs",
            "I can't feel my legs anymore",
            "my dad cant breathe after his kyphoplasty",
            "since this morning my left leg is totally numb",
            "mum cannot move her legs, she had vertebroplasty on monday",
            "my feet have gone numb and tingly and its getting worse",
            "both legs gave way when i tried to stand up",
            "I suddenly can't walk",
            "i have no feeling in my groin and bottom",
            "i peed myself and didnt even notice",
            "i've lost control of my bladder since the operation",
            "my husband can't control his bowels since yesterday",
            "i can not pee at all since the surgery",
            "my chest hurts really bad",
            "i've got crushing chest pain",
            "tight chest and i feel sick, had kyphoplasty 2 days ago",
            "im really short of breath",
            "i am struggling to breathe",
            "my wife is having trouble breathing after her procedure",
            "grandma is gasping for air",
            "I am coughing up blood",
            "my temperature is 39.5 and im shivering",
            "i have a high fever after vertebroplasty",
            "temp of 103 since the kyphoplasty",
            "the wound is oozing pus",
            "there's green discharge coming out of the incision",
            "the redness around the puncture site is spreading and its hot",
            "I fainted in the kitchen",
            "my mother passed out after her procedure",
            "dad just collapsed",
            "my grandfather is confused and doesnt know where he is",
            "she is very confused since the operation",
            "I fell and now my back pain is unbearable and my legs feel numb",
            "slipped on ice, severe pain in my spine and i cant get up",
            "my face is drooping on one side",
            "his speech is slurred",
            "the incision won't stop bleeding",
            "i want to kill myself",
            "I don't want to live anymore",
            "im thinking about ending my life",
            "i keep thinking about suicide",
            "sometimes i want to hurt myself",
            "i feel like ending it all");

    static final List<String> QUESTIONS = List.of(
            "is leg tingling a known side effect?",
            "can kyphoplasty cause numbness?",
            "what are the risks of nerve damage",
            "how common is fever after vertebroplasty?",
            "can vertebroplasty cause leg weakness?",
            "is numbness in the legs common after kyphoplasty?",
            "what are the chances of paralysis with this procedure?",
            "can the cement leak and cause breathing problems?",
            "could the procedure affect bladder control?",
            "is incontinence a risk of kyphoplasty?",
            "can a spine fracture cause chest pain?",
            "is shortness of breath a side effect of cement leakage?",
            "what are the signs of infection after kyphoplasty?",
            "how often does the wound get infected?",
            "is it possible to get a fever after the procedure?",
            "what if i get a fever after vertebroplasty?",
            "will i be able to walk after kyphoplasty?",
            "how soon can i walk after vertebroplasty?",
            "can my mother have kyphoplasty if she has weak legs?",
            "could my mother have numbness after it?",
            "what should i do if the wound starts leaking?",
            "is fainting common after anaesthesia?",
            "can older people get confused after sedation?",
            "can vertebroplasty cause a pulmonary embolism?",
            "what are the symptoms of cement leaking into the lungs?",
            "how likely is nerve damage?",
            "is it normal to have some back pain after the procedure?",
            "what happens if i fall after kyphoplasty?",
            "can a fall cause a compression fracture?",
            "what is the risk of bleeding?",
            "will i lose bladder control after kyphoplasty?",
            "how do i avoid infection after the procedure?",
            "is tingling in the feet a sign of nerve damage?",
            "does kyphoplasty help with leg pain?",
            "is weakness in the legs a symptom of a compression fracture?",
            "can osteoporosis make my legs weak?",
            "why does cement leakage cause numbness?",
            "what are the risks for the heart and lungs?",
            "is chest pain a known complication of vertebroplasty?",
            "how common is cement leakage?",
            "does the anaesthetic make you short of breath?",
            "do they check for fever after the procedure?");

    private final IntentDetector detector = CorpusDetector.detector();

    @Test
    void everyRedFlagMessageIsUrgent() {
        assertThat(EMERGENCIES).hasSizeGreaterThanOrEqualTo(40);
        assertThat(EMERGENCIES).allSatisfy(message ->
                assertThat(detector.detect(message).name()).as(message).isEqualTo(Intent.URGENT));
    }

    @Test
    void noOrdinaryQuestionIsUrgent() {
        assertThat(QUESTIONS).hasSizeGreaterThanOrEqualTo(40);
        assertThat(QUESTIONS).allSatisfy(message ->
                assertThat(detector.detect(message).name()).as(message).isNotEqualTo(Intent.URGENT));
    }

    @Test
    void selfHarmIsUrgentOfItsOwnKind() {
        assertThat(detector.detect("i want to end my life").urgentKind()).isEqualTo(UrgentKind.SELF_HARM);
        assertThat(detector.detect("i cant feel my legs").urgentKind()).isEqualTo(UrgentKind.MEDICAL);
    }
}
