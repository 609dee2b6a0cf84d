package org.strengths.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormErrorsTest {

  @Test
  void listsProblemsInTheOrderOfTheFormsFieldsWhateverOrderTheyWereFound() {
    FormErrors errors =
        FormErrors.inFormOrder("firstName", "lastName", "dateOfBirth")
            .add("dateOfBirth", "Date of birth must include a month")
            .add("firstName", "Enter a first name");

    assertThat(errors.summary())
        .extracting(FormErrors.Item::field)
        .containsExactly("firstName", "dateOfBirth");
  }

  @Test
  void listsFieldsTheFormDoesNotNameAfterTheOthersInTheOrderFound() {
    FormErrors errors =
        FormErrors.inFormOrder("name")
            .add("spending-1-amount", "Enter an amount")
            .add("spending-0-amount", "Enter an amount")
            .add("name", "Enter a name");

    assertThat(errors.summary())
        .extracting(FormErrors.Item::field)
        .containsExactly("name", "spending-1-amount", "spending-0-amount");
  }

  @Test
  void keepsTheFirstProblemFoundForAField() {
    FormErrors errors = new FormErrors().add("name", "Enter a name").add("name", "Too long");

    assertThat(errors.get("name")).isEqualTo("Enter a name");
    assertThat(errors.summary()).hasSize(1);
  }

  @Test
  void linksADateToItsDayBoxAndARadioGroupToItsFirstRadio() {
    FormErrors errors =
        new FormErrors()
            .dateFields("heldOn")
            .linkTo("stage", "stage-0")
            .add("heldOn", "The date must be a real date")
            .add("stage", "Select a stage")
            .add("notes", "notes-0", "Too long");

    assertThat(errors.summary())
        .extracting(FormErrors.Item::anchor)
        .containsExactly("heldOnDay", "stage-0", "notes-0");
  }

  @Test
  void describesAnInputByItsHintAndItsError() {
    FormErrors errors = new FormErrors().add("name", "Enter a name");

    assertThat(errors.describedBy("name", true)).isEqualTo("name-hint name-error");
    assertThat(errors.describedBy("name", false)).isEqualTo("name-error");
    assertThat(errors.describedBy("email", true)).isEqualTo("email-hint");
    assertThat(errors.describedBy("email", false)).isNull();
  }

  @Test
  void isEmptyUntilAProblemIsAdded() {
    assertThat(FormErrors.none().isEmpty()).isTrue();
    assertThat(FormErrors.none().has("name")).isFalse();
    assertThat(new FormErrors().add("name", "Enter a name").any()).isTrue();
  }

  @Test
  void givesFieldsAndMessagesInSummaryOrderForAnApiAnswer() {
    FormErrors errors = FormErrors.inFormOrder("a", "b").add("b", "Second").add("a", "First");

    assertThat(errors.asMap())
        .containsExactly(java.util.Map.entry("a", "First"), java.util.Map.entry("b", "Second"));
  }
}
